import crypto from 'node:crypto';
import type { AuditRow } from './audit-store.js';

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

/**
 * sha256 over a JSON array of the stored row's columns in a fixed order: all of them but the hash itself, so
 * including the previous entry's hash. An array of strings, numbers and nulls has exactly one JSON form, and
 * seq is inside, so an entry moved to another place no longer matches its hash.
 */
export function entryHash(r: Omit<AuditRow, 'hash'>): string {
  const fields = [HASH_FORMAT, r.seq, r.at, r.actor, r.role, r.action, r.target, r.before, r.after, r.reason, r.result, r.override === 1 ? 1 : 0, r.detail, r.idempotency_key, r.prev_hash];
  return crypto.createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}
