// Schema version 2: the append-only, hash-chained audit log of every operator action (see docs/controls.md).
// The triggers are defence in depth: Meridian never updates or deletes entries, and anyone who does so by hand
// must drop them first, which the hash chain then reveals.
export const auditLogSchema = `
  CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    actor           TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    target          TEXT    NOT NULL,
    before          TEXT,              -- JSON, canonical (sorted keys)
    after           TEXT,              -- JSON, canonical (sorted keys)
    reason          TEXT    NOT NULL,
    result          TEXT    NOT NULL CHECK (result IN ('applied', 'refused', 'conflict', 'failed')),
    override        INTEGER NOT NULL CHECK (override IN (0, 1)),
    detail          TEXT,
    idempotency_key TEXT,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL
  );
  CREATE INDEX audit_log_at ON audit_log (at);
  CREATE INDEX audit_log_action ON audit_log (action, result);
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;
  -- The latest seq and hash, written in the same transaction as each entry: deleting the newest entries
  -- leaves a chain that is whole but shorter, which only a copy of the head kept elsewhere can reveal.
  CREATE TABLE audit_anchor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL
  );
  CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
    BEGIN SELECT RAISE(ABORT, 'the audit anchor cannot be deleted'); END;
  `;
