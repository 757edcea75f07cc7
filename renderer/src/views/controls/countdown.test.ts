import { describe, expect, it } from 'vitest';
import { formatCountdown, isExpired } from './countdown.js';

describe('formatCountdown', () => {
  it.each([
    [5 * 60_000, '5:00'],
    [5 * 60_000 - 1, '5:00'],
    [299_000, '4:59'],
    [61_000, '1:01'],
    [999, '0:01'],
    [0, '0:00'],
    [-5_000, '0:00'],
    [3_723_000, '1:02:03'],
    [24 * 3_600_000, '24:00:00'],
    [Number.NaN, '0:00'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('knows when a shift has run out', () => {
    expect(isExpired(1000, 999)).toBe(false);
    expect(isExpired(1000, 1000)).toBe(true);
  });
});
