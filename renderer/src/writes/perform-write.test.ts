import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api/api-error.js';
import type { CallResult } from '../api/call.js';
import { performWrite, type WriteEnv, type WritePlan } from './perform-write.js';
import type { Feedback, Optimistic } from './writes-store.js';

function harness() {
  const log: string[] = [];
  const ended: (Feedback | null)[] = [];
  const env: WriteEnv = {
    newKey: () => 'key-12345678',
    now: () => Date.UTC(2025, 0, 5, 17, 3),
    begin: (target, o: Optimistic) => log.push(`begin ${target} ${JSON.stringify(o)}`),
    end: (target, f) => {
      log.push(`end ${target}`);
      ended.push(f);
    },
  };
  const plan = (result: CallResult<string>): WritePlan<string> => ({
    target: 'flag:eu-west:promo',
    kind: 'flag',
    optimistic: { kind: 'flag', enabled: false },
    send: async (reason, key) => {
      log.push(`send ${reason} ${key}`);
      return result;
    },
    onSuccess: (v) => log.push(`success ${v}`),
    onConflict: (current) => log.push(`conflict ${JSON.stringify(current)}`),
  });
  return { log, ended, env, plan };
}

const error = (code: string, extra: Partial<ApiError> = {}): CallResult<string> => ({
  ok: false,
  error: { code, message: 'the platform refused', conflictCurrent: null, issues: [], ...extra },
});

describe('performWrite', () => {
  it('shows the value at once, sends a trimmed reason with the key, and keeps the answer', async () => {
    const { log, ended, env, plan } = harness();
    expect(await performWrite(plan({ ok: true, value: 'v8' }), '  promo broken ', env)).toBe(true);
    expect(log).toEqual([
      'begin flag:eu-west:promo {"kind":"flag","enabled":false}',
      'send promo broken key-12345678',
      'success v8',
      'end flag:eu-west:promo',
    ]);
    expect(ended).toEqual([null]);
  });

  it('on conflict stores the current value and explains who changed it', async () => {
    const { log, ended, env, plan } = harness();
    const current = { key: 'promo', enabled: true, kind: 'release', description: '', owner: 'web', version: 9, updatedAt: Date.UTC(2025, 0, 5, 17, 2), updatedBy: 'ana', reason: 'back on' };
    const ok = await performWrite(plan(error('CONFLICT', { conflictCurrent: { value: current } })), 'why', env);
    expect(ok).toBe(false);
    expect(log).toContain(`conflict ${JSON.stringify(current)}`);
    expect(ended[0]?.kind).toBe('conflict');
    expect(ended[0]?.message).toMatch(/^Changed by ana at \d\d:02: “back on” \(now on\) — review and apply again\.$/);
  });

  it('on other errors keeps the operator sentence and does not call onSuccess', async () => {
    const { log, ended, env, plan } = harness();
    await performWrite(plan(error('FORBIDDEN')), 'why', env);
    expect(log.some((l) => l.startsWith('success'))).toBe(false);
    expect(ended).toEqual([{ kind: 'error', message: 'the platform refused', issues: [] }]);
  });
});
