// Idempotency-Key handling: a retried write (same key, same request) gets the first answer again and changes
// nothing. Only applied writes are remembered, so a request refused as invalid can be fixed and resent with
// the same key. Bounded: the oldest keys are forgotten first.
import type { HandlerResult } from './http-result.js';

interface Remembered {
  fingerprint: string;
  result: HandlerResult;
}

export type Lookup = { kind: 'miss' } | { kind: 'replay'; result: HandlerResult } | { kind: 'reused' };

export class IdempotencyCache {
  private readonly entries = new Map<string, Remembered>();

  constructor(private readonly capacity = 2_000) {}

  lookup(key: string, fingerprint: string): Lookup {
    const hit = this.entries.get(key);
    if (!hit) return { kind: 'miss' };
    return hit.fingerprint === fingerprint ? { kind: 'replay', result: hit.result } : { kind: 'reused' };
  }

  remember(key: string, fingerprint: string, result: HandlerResult): void {
    this.entries.set(key, { fingerprint, result });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}

/** Same request = same method, path and body (key order in the body does not matter). */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return `${method} ${path}\n${stableJson(body)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
