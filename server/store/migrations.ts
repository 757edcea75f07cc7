import type Database from 'better-sqlite3';

/**
 * Schema versions, applied in order inside one transaction each; `PRAGMA user_version` records the last.
 * Never edit a migration that has shipped: add the next one.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE series (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,          -- region|subject|metric, e.g. us-east|checkout|errorRatio
    kind TEXT NOT NULL CHECK (kind IN ('gauge', 'counter'))
  );
  -- Raw polled gauges (about one every poll interval), kept 48 h.
  CREATE TABLE samples_raw (
    series_id INTEGER NOT NULL REFERENCES series(id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
  ) WITHOUT ROWID;
  -- One value per minute: platform minute counters as delivered, gauges rolled up from samples_raw. Kept 35 days.
  CREATE TABLE samples_1m (
    series_id INTEGER NOT NULL REFERENCES series(id),
    ts        INTEGER NOT NULL,
    value     REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
  ) WITHOUT ROWID;
  -- The last good payload of every source, for offline review of things that are not series (flags, canaries).
  CREATE TABLE snapshots (
    source_id   TEXT PRIMARY KEY,
    observed_at INTEGER NOT NULL,
    payload     TEXT    NOT NULL
  );
  CREATE TABLE source_status (
    source_id            TEXT PRIMARY KEY,
    last_success_at      INTEGER,
    last_attempt_at      INTEGER,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
  );
  -- Which minutes of a minute-counter feed are in the cache: [oldest, newest).
  CREATE TABLE coverage (
    source_id TEXT PRIMARY KEY,
    oldest    INTEGER NOT NULL,
    newest    INTEGER NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The cache at ${db.name} was written by a newer Meridian (schema ${current}, this one knows ${SCHEMA_VERSION}). ` +
        'Update Meridian or point it at another data folder.',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const sql = MIGRATIONS[version] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
