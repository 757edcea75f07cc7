import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api/api-error.js';
import type { CallResult } from '../api/call.js';
import { createIntentKeys } from './intent-keys.js';
import { performWrite, type WriteEnv, type WritePlan } from './perform-write.js';
import type { Feedback, Optimistic } from './writes-store.js';

function harness() {
  const log: string[] = [];
  const ended: (Feedback | null)[] = [];
  let n = 0;
  const env: WriteEnv = {
    keys: createIntentKeys(() => `key-${++n}-abcdefgh`),
    now: () => Date.UTC(2025, 0, 5, 17, 3),
    begin: (target, o: Optimistic) => log.push(`begin ${target} ${JSON.stringify(o)}`),
    end: (target, f) => {
      log.push(`end ${target}`);
      ended.push(f);
    },
  };
  const plan = (...results: CallResult<string>[]): WritePlan<string> => ({
    target: 'flag:eu-west:promo',
    kind: 'flag',
    optimistic: { kind: 'flag', enabled: false },
    intent: 'flag:eu-west:promo:v7:false',
    send: async (reason, key, confirmation) => {
      log.push(`send ${reason} ${key}${confirmation ? ` ${confirmation}` : ''}`);
      const next = results.shift();
      if (!next) throw new Error('no more answers');
      return next;
    },
    onSuccess: (v) => {
      log.push(`success ${v}`);
    },
    onConflict: (current) => log.push(`conflict ${JSON.stringify(current)}`),
  });
  return { log, ended, env, plan };
}

const error = (code: string | null, extra: Partial<ApiError> = {}): CallResult<string> => ({
  ok: false,
  error: { code, message: 'the platform refused', conflictCurrent: null, issues: [], safety: null, ...extra },
});

describe('performWrite', () => {
  it('shows the value at once, sends a trimmed reason with the key, and keeps the answer', async () => {
    const { log, ended, env, plan } = harness();
    expect(await performWrite(plan({ ok: true, value: 'v8' }), '  promo broken ', env)).toBe(true);
    expect(log).toEqual([
      'begin flag:eu-west:promo {"kind":"flag","enabled":false}',
      'send promo broken key-1-abcdefgh',
      'success v8',
      'end flag:eu-west:promo',
    ]);
    expect(ended).toEqual([null]);
  });

  it('passes the typed confirmation along, trimmed', async () => {
    const { log, env, plan } = harness();
    await performWrite(plan({ ok: true, value: 'v8' }), 'why', env, ' kill-recommendations ');
    expect(log).toContain('send why key-1-abcdefgh kill-recommendations');
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

  it('on other errors keeps the operator sentence, says what to do and does not call onSuccess', async () => {
    const { log, ended, env, plan } = harness();
    await performWrite(plan(error('FORBIDDEN')), 'why', env);
    expect(log.some((l) => l.startsWith('success'))).toBe(false);
    expect(ended[0]).toMatchObject({ kind: 'error', message: 'the platform refused', issues: [], retry: null });
    expect(ended[0]?.kind === 'error' && ended[0].hint).toMatch(/Nothing was changed/);
  });

  it('a retry after a lost answer reuses the idempotency key; a new attempt after a refusal does not', async () => {
    const { log, ended, env, plan } = harness();
    const p = plan(error(null), { ok: true, value: 'v8' });
    await performWrite(p, 'why', env);
    const first = ended[0];
    expect(first?.kind === 'error' && typeof first.retry).toBe('function');
    if (first?.kind === 'error') first.retry?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(log.filter((l) => l.startsWith('send'))).toEqual(['send why key-1-abcdefgh', 'send why key-1-abcdefgh']);
    expect(log).toContain('success v8');

    const refused = plan(error('PRECONDITION_FAILED'), { ok: true, value: 'v9' });
    await performWrite(refused, 'why', env);
    await performWrite(refused, 'why', env);
    expect(log.filter((l) => l.startsWith('send')).slice(2)).toEqual(['send why key-2-abcdefgh', 'send why key-3-abcdefgh']);
  });

  it('shows the feedback onSuccess returns (applied in some regions only)', async () => {
    const { ended, env, plan } = harness();
    const p = { ...plan({ ok: true, value: 'v8' }), onSuccess: () => ({ kind: 'partial' as const, message: 'not in ap-southeast', failures: [] }) };
    await performWrite(p, 'why', env);
    expect(ended[0]).toEqual({ kind: 'partial', message: 'not in ap-southeast', failures: [] });
  });
});
