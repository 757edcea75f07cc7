import { describe, expect, it } from 'vitest';
import { backoffDelay, withRetry } from './retry.js';
import { SourceError, isRetryable } from './source-error.js';

const noSleep = { sleep: async () => {}, random: () => 0.5 };

describe('withRetry', () => {
  it('retries transient failures until one attempt works', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw new SourceError('timeout', false);
        return 'ok';
      },
      { attempts: 3, baseDelayMs: 100, isRetryable, ...noSleep },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw new SourceError(`fail ${calls}`, false);
      }, { attempts: 2, baseDelayMs: 100, isRetryable, ...noSleep }),
    ).rejects.toThrow('fail 2');
    expect(calls).toBe(2);
  });

  it('does not retry a permanent error such as a malformed payload', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw new SourceError('bad payload', true);
      }, { attempts: 5, baseDelayMs: 100, isRetryable, ...noSleep }),
    ).rejects.toThrow('bad payload');
    expect(calls).toBe(1);
  });

  it('waits with full jitter that doubles its ceiling each retry', async () => {
    const waits: number[] = [];
    await withRetry(async (attempt) => {
      if (attempt < 4) throw new Error('x');
      return attempt;
    }, { attempts: 4, baseDelayMs: 100, random: () => 0.999, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([99, 199, 399]);
    expect(backoffDelay(3, 100, () => 0)).toBe(0);
  });
});
