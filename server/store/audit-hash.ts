import crypto from 'node:crypto';

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialization ever changes, so old and new chains cannot be confused. */
const HASH_FORMAT = 'meridian-audit-v1';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** JSON with object keys sorted, so the same value always hashes the same; null for "nothing". */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(sortKeys(value)) ?? null;
}

/** The fields an entry's hash covers: all of them, as stored, plus the previous entry's hash. */
export interface HashedFields {
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
  override: boolean;
  detail: string | null;
  idempotencyKey: string | null;
  prevHash: string;
}

/**
 * sha256 over a JSON array of the fields in a fixed order. An array of strings, numbers and nulls has exactly
 * one JSON form, and seq is inside, so an entry moved to another place no longer matches its hash.
 */
export function entryHash(f: HashedFields): string {
  const fields = [HASH_FORMAT, f.seq, f.at, f.actor, f.role, f.action, f.target, f.before, f.after, f.reason, f.result, f.override ? 1 : 0, f.detail, f.idempotencyKey, f.prevHash];
  return crypto.createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}
