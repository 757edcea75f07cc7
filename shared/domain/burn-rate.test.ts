import { describe, expect, it } from 'vitest';
import { budgetRemaining, burnRate, burnState } from './burn-rate.js';

describe('burn rate', () => {
  it.each([
    // objective, good, total, expected burn rate
    [0.999, 999, 1000, 1],
    [0.999, 9856, 10000, 14.4],
    [0.999, 994, 1000, 6],
    [0.99, 900, 1000, 10],
    [0.999, 1000, 1000, 0],
  ])('objective %f with %i good of %i burns at %f×', (objective, good, total, expected) => {
    expect(burnRate({ good, total }, objective)).toBeCloseTo(expected, 6);
  });

  it('has no burn rate without events', () => {
    expect(burnRate({ good: 0, total: 0 }, 0.999)).toBeNull();
  });

  it('reports the budget left, negative once overspent', () => {
    expect(budgetRemaining({ good: 9995, total: 10_000 }, 0.999)).toBeCloseTo(0.5);
    expect(budgetRemaining({ good: 9980, total: 10_000 }, 0.999)).toBeCloseTo(-1);
  });
});

describe('burn state', () => {
  const w = (longBad: number, shortBad: number) => ({
    long: { good: 10_000 - longBad, total: 10_000 },
    short: { good: 1_000 - shortBad, total: 1_000 },
  });
  it.each([
    [w(200, 20), 'critical'],
    [w(10, 20), 'increasing'],
    [w(200, 0), 'recovering'],
    [w(10, 1), 'acceptable'],
  ] as const)('%o is %s', (windows, expected) => {
    expect(burnState(windows, 0.999, 14.4)).toBe(expected);
  });

  it('does not page on a handful of events', () => {
    expect(burnState({ long: { good: 5, total: 10 }, short: { good: 0, total: 2 } }, 0.999, 14.4)).toBe('insufficient-data');
  });
});
