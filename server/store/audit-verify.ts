import type Database from 'better-sqlite3';
import type { AuditVerification } from '../../shared/controls-api.js';
import { entryHash, GENESIS_HASH } from './audit-hash.js';
import type { AuditRow } from './audit-store.js';

const bad = (entries: number, seq: number, problem: string): AuditVerification => ({ ok: false, entries, firstBadSeq: seq, problem });

/**
 * Walks the chain oldest first and stops at the first entry that does not hold: a gap in seq (deleted), a
 * prev_hash that is not the previous entry's hash (deleted, inserted or reordered), or a hash that does not
 * match the entry's content (edited). The anchor then tells whether entries are missing at the end.
 */
export function verifyAuditChain(db: Database.Database): AuditVerification {
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY seq').iterate();
  let expected = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  for (const row of rows) {
    count++;
    if (row.seq !== expected) {
      const missing = row.seq - 1 === expected ? `entry ${expected} is missing` : `entries ${expected}–${row.seq - 1} are missing`;
      return bad(count, expected, `${missing}: the log jumps from ${expected - 1} to ${row.seq} (deleted entries)`);
    }
    if (row.prev_hash !== prev) {
      return bad(count, row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1}: an entry was changed, removed or moved at or before ${row.seq}`);
    }
    const hash = entryHash(row);
    if (hash !== row.hash) return bad(count, row.seq, `entry ${row.seq} was changed after it was written (its content no longer matches its hash)`);
    prev = row.hash;
    expected++;
  }
  const last = expected - 1;
  const anchor = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_anchor WHERE id = 1').get();
  if (!anchor) {
    return count === 0 ? { ok: true, entries: 0, firstBadSeq: null, problem: null } : bad(count, 1, 'the audit anchor (the record of the newest entry) is missing');
  }
  if (anchor.seq > last) {
    const range = anchor.seq === last + 1 ? `entry ${anchor.seq} is` : `entries ${last + 1}–${anchor.seq} are`;
    return bad(count, last + 1, `${range} missing at the end: the log was truncated`);
  }
  if (anchor.seq < last) return bad(count, anchor.seq + 1, `entries after ${anchor.seq} were not written by Meridian (the anchor records ${anchor.seq} as the newest)`);
  if (anchor.hash !== prev) return bad(count, last, `entry ${last} is not the entry Meridian wrote last (the anchor's hash differs)`);
  return { ok: true, entries: count, firstBadSeq: null, problem: null };
}

/** The newest entry's seq and hash: keep a copy elsewhere to detect a truncation that also rewrote the anchor. */
export function auditHead(db: Database.Database): { seq: number; hash: string } | null {
  return db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() ?? null;
}
