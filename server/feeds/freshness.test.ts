import { describe, expect, it } from 'vitest';
import { freshness, type FreshnessInput } from './freshness.js';

const base: FreshnessInput = { lastSuccessAt: 1_000, lastAttemptAt: 1_000, consecutiveFailures: 0, breaker: 'closed', intervalMs: 5_000, now: 2_000 };

describe('freshness', () => {
  it.each<[string, Partial<FreshnessInput>, string]>([
    ['recent success', {}, 'live'],
    ['never tried', { lastSuccessAt: null, lastAttemptAt: null }, 'pending'],
    ['tried, never succeeded', { lastSuccessAt: null, consecutiveFailures: 1 }, 'stale'],
    ['one failure', { consecutiveFailures: 1 }, 'stale'],
    ['success too long ago (restart while down)', { now: 1_000 + 16_000 }, 'stale'],
    ['three failures', { consecutiveFailures: 3 }, 'offline'],
    ['breaker open', { breaker: 'open' }, 'offline'],
  ])('%s → %s', (_label, patch, expected) => {
    expect(freshness({ ...base, ...patch })).toBe(expected);
  });
});
