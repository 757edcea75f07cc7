import type Database from 'better-sqlite3';
import type { AuditEntry, AuditResult, JsonValue } from '../../shared/controls-api.js';
import { canonicalJson, entryHash, GENESIS_HASH } from './audit-hash.js';

/**
 * One operator attempt, before it gets its place in the chain: an entry without seq and hashes yet, its
 * before/after as given (stored as canonical JSON), plus the idempotency key the store keeps for retries.
 */
export interface AuditDraft extends Omit<AuditEntry, 'seq' | 'before' | 'after' | 'prevHash' | 'hash'> {
  before: unknown;
  after: unknown;
  idempotencyKey: string | null;
}

export interface AuditFilter {
  from?: number | undefined;
  to?: number | undefined;
  actor?: string | undefined;
  /** Matches the action, or the actions under it ("flag" matches flag.set and flag.set-everywhere). */
  action?: string | undefined;
  /** Matches any target containing it ("eu-west", "traffic"). */
  target?: string | undefined;
  result?: AuditResult | undefined;
  overrideOnly?: boolean | undefined;
}

export interface AuditRow {
  seq: number;
  at: number;
  actor: string;
  role: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
  reason: string;
  result: string;
  override: number;
  detail: string | null;
  idempotency_key: string | null;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'seq, at, actor, role, action, target, before, after, reason, result, override, detail, idempotency_key, prev_hash, hash';

function parseJson(text: string | null): JsonValue {
  if (text === null) return null;
  try {
    // Written by canonicalJson, so it is JSON.
    return JSON.parse(text) as JsonValue;
  } catch {
    // A hand-edited row still shows; verification reports it.
    return text;
  }
}

export function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    role: r.role,
    action: r.action,
    target: r.target,
    before: parseJson(r.before),
    after: parseJson(r.after),
    reason: r.reason,
    result: r.result as AuditResult,
    override: r.override === 1,
    detail: r.detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function where(filter: AuditFilter): { sql: string; params: Array<string | number> } {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  const add = (sql: string, ...p: Array<string | number>) => {
    clauses.push(sql);
    params.push(...p);
  };
  if (filter.from !== undefined) add('at >= ?', filter.from);
  if (filter.to !== undefined) add('at < ?', filter.to);
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.action) add('(action = ? OR substr(action, 1, length(?)) = ?)', filter.action, `${filter.action}.`, `${filter.action}.`);
  if (filter.target) add('instr(target, ?) > 0', filter.target);
  if (filter.result) add('result = ?', filter.result);
  if (filter.overrideOnly) add('override = 1');
  return { sql: clauses.length > 0 ? ` AND ${clauses.join(' AND ')}` : '', params };
}

/** The audit log table: appends chain each entry to the one before; reads never change anything. */
export class AuditStore {
  private readonly insert;
  private readonly head;
  private readonly setAnchor;
  private readonly appendTx;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare<[number, number, string, string, string, string, string | null, string | null, string, string, number, string | null, string | null, string, string]>(
      `INSERT INTO audit_log (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.setAnchor = db.prepare<[number, string]>('INSERT INTO audit_anchor (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash');
    this.appendTx = db.transaction((draft: AuditDraft): AuditEntry => {
      const last = this.head.get();
      const seq = (last?.seq ?? 0) + 1;
      const prevHash = last?.hash ?? GENESIS_HASH;
      const unhashed: Omit<AuditRow, 'hash'> = {
        seq,
        at: draft.at,
        actor: draft.actor,
        role: draft.role,
        action: draft.action,
        target: draft.target,
        before: canonicalJson(draft.before),
        after: canonicalJson(draft.after),
        reason: draft.reason,
        result: draft.result,
        override: draft.override ? 1 : 0,
        detail: draft.detail,
        idempotency_key: draft.idempotencyKey,
        prev_hash: prevHash,
      };
      const row: AuditRow = { ...unhashed, hash: entryHash(unhashed) };
      this.insert.run(row.seq, row.at, row.actor, row.role, row.action, row.target, row.before, row.after, row.reason, row.result, row.override, row.detail, row.idempotency_key, row.prev_hash, row.hash);
      this.setAnchor.run(row.seq, row.hash);
      return toEntry(row);
    });
  }

  /** Appends in one IMMEDIATE transaction, so a second Meridian on the same file cannot fork the chain. */
  append(draft: AuditDraft): AuditEntry {
    return this.appendTx.immediate(draft);
  }

  /** Newest first, below `beforeSeq` when given. */
  list(filter: AuditFilter, limit: number, beforeSeq?: number): AuditEntry[] {
    const w = where(filter);
    const cursor = beforeSeq === undefined ? '' : ' AND seq < ?';
    const params = beforeSeq === undefined ? w.params : [...w.params, beforeSeq];
    return this.db
      .prepare<Array<string | number>, AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE 1 = 1${w.sql}${cursor} ORDER BY seq DESC LIMIT ${Math.floor(limit)}`)
      .all(...params)
      .map(toEntry);
  }

  /** Oldest first, as the chain reads: for exports. */
  *iterate(filter: AuditFilter): Generator<AuditEntry> {
    const w = where(filter);
    const stmt = this.db.prepare<Array<string | number>, AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE 1 = 1${w.sql} ORDER BY seq`);
    for (const row of stmt.iterate(...w.params)) yield toEntry(row);
  }

  /** Applied entries of `action` on `target`, newest first. */
  *applied(action: string, target: string): Generator<AuditEntry> {
    const stmt = this.db.prepare<[string, string], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE action = ? AND target = ? AND result = 'applied' ORDER BY seq DESC`);
    for (const row of stmt.iterate(action, target)) yield toEntry(row);
  }

  /** The earlier applied entry with this idempotency key on this target: a retry of it applies nothing new. */
  appliedWithKey(idempotencyKey: string, target: string): AuditEntry | null {
    const row = this.db
      .prepare<[string, string], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE idempotency_key = ? AND target = ? AND result = 'applied' ORDER BY seq LIMIT 1`)
      .get(idempotencyKey, target);
    return row ? toEntry(row) : null;
  }
}
