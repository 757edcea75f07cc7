// An idempotency key belongs to an intended change, not to a request: if the answer to a write is lost
// (backend gone, platform timed out), a retry of the same change must carry the same key so the platform
// applies it at most once. A definite answer — applied, or refused so nothing changed — ends the intent, and
// the next attempt is a new request with a new key.
import type { CallResult } from '../api/call.js';

export type WriteOutcome = 'applied' | 'refused' | 'uncertain';

/** tRPC codes after which the change may or may not have reached the platform. */
const UNCERTAIN = new Set(['BAD_GATEWAY', 'INTERNAL_SERVER_ERROR', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'CLIENT_CLOSED_REQUEST']);

export function outcomeOf(result: CallResult<unknown>): WriteOutcome {
  if (result.ok) return 'applied';
  const { code } = result.error;
  return code === null || UNCERTAIN.has(code) ? 'uncertain' : 'refused';
}

export function isUncertain(code: string | null): boolean {
  return code === null || UNCERTAIN.has(code);
}

export interface IntentKeys {
  keyFor(intent: string): string;
  settle(intent: string, outcome: WriteOutcome): void;
}

export function createIntentKeys(newKey: () => string): IntentKeys {
  const keys = new Map<string, string>();
  return {
    keyFor(intent) {
      let key = keys.get(intent);
      if (key === undefined) {
        key = newKey();
        keys.set(intent, key);
      }
      return key;
    },
    settle(intent, outcome) {
      if (outcome !== 'uncertain') keys.delete(intent);
    },
  };
}

/** A stable text for an intent's parts: object keys sorted so {a,b} and {b,a} are the same change. */
export function intentId(...parts: unknown[]): string {
  return JSON.stringify(parts, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
