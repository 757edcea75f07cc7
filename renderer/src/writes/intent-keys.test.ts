import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api/api-error.js';
import { createIntentKeys, intentId, outcomeOf } from './intent-keys.js';

const failed = (code: string | null) => ({
  ok: false as const,
  error: { code, message: 'x', conflictCurrent: null, issues: [], safety: null } satisfies ApiError,
});

describe('intent keys', () => {
  function keys() {
    let n = 0;
    return createIntentKeys(() => `key-${++n}`);
  }

  it('reuses the key of an intent whose answer was lost', () => {
    const k = keys();
    const first = k.keyFor('traffic:v5');
    k.settle('traffic:v5', 'uncertain');
    expect(k.keyFor('traffic:v5')).toBe(first);
  });

  it('starts a new key after a definite answer', () => {
    const k = keys();
    const first = k.keyFor('traffic:v5');
    k.settle('traffic:v5', 'refused');
    const second = k.keyFor('traffic:v5');
    expect(second).not.toBe(first);
    k.settle('traffic:v5', 'applied');
    expect(k.keyFor('traffic:v5')).not.toBe(second);
  });

  it('keeps different intents apart', () => {
    const k = keys();
    expect(k.keyFor('a')).not.toBe(k.keyFor('b'));
  });

  it.each([
    [null, 'uncertain'],
    ['BAD_GATEWAY', 'uncertain'],
    ['INTERNAL_SERVER_ERROR', 'uncertain'],
    ['TIMEOUT', 'uncertain'],
    ['CONFLICT', 'refused'],
    ['FORBIDDEN', 'refused'],
    ['PRECONDITION_FAILED', 'refused'],
    ['BAD_REQUEST', 'refused'],
  ])('a %s answer is %s', (code, outcome) => {
    expect(outcomeOf(failed(code))).toBe(outcome);
  });

  it('applied when ok', () => {
    expect(outcomeOf({ ok: true, value: 1 })).toBe('applied');
  });
});

describe('intentId', () => {
  it('does not depend on key order', () => {
    expect(intentId('traffic', 5, { a: 1, b: 2 })).toBe(intentId('traffic', 5, { b: 2, a: 1 }));
    expect(intentId('traffic', 5, { a: 1 })).not.toBe(intentId('traffic', 6, { a: 1 }));
  });
});
