import { describe, expect, it } from 'vitest';
import { budgetConsumed, burnRateFactor, scaledRules, timeToExhaustionMs, WORKBOOK_RULES } from './alert-rules.js';
import { BURN_WINDOW_MS, DAY, HOUR, MINUTE } from './windows.js';

const DAYS_30 = 30 * DAY;

describe('the SRE workbook table (30-day SLO window)', () => {
  // "Alerting on SLOs": burn rate, long window, budget consumed, time to exhaustion.
  it.each([
    // burn, long window, budget consumed, time to exhaustion (hours)
    [14.4, '1h', 0.02, 50],
    [6, '6h', 0.05, 120],
    [3, '1d', 0.1, 240],
    [1, '3d', 0.1, 720],
  ] as const)('%f× over %s spends %f of the budget and exhausts it in %f h', (burn, window, consumed, hours) => {
    expect(budgetConsumed(burn, BURN_WINDOW_MS[window], DAYS_30)).toBeCloseTo(consumed, 12);
    expect(timeToExhaustionMs(burn, DAYS_30) / HOUR).toBeCloseTo(hours, 9);
  });

  it('gives 14.4× exhaustion as 2.08 days, as the workbook rounds it', () => {
    expect(Number((timeToExhaustionMs(14.4, DAYS_30) / DAY).toFixed(2))).toBe(2.08);
  });

  // The chapter's table of burn rates and time to exhaustion for a 99.9% SLO.
  it.each([
    [1, 0.001, 30 * DAY],
    [2, 0.002, 15 * DAY],
    [10, 0.01, 3 * DAY],
    [1000, 1, 43.2 * MINUTE],
  ])('burn %f× (error rate %f at 99.9%%) exhausts the budget in %f ms', (burn, errorRate, ms) => {
    expect(errorRate / (1 - 0.999)).toBeCloseTo(burn, 9);
    expect(timeToExhaustionMs(burn, DAYS_30)).toBeCloseTo(ms, 3);
  });

  it('has no exhaustion without a burn', () => {
    expect(timeToExhaustionMs(0, DAYS_30)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('factors scaled to the SLO window, as Sloth does', () => {
  it.each([
    // window days, expected factors for page 1h, page 6h, ticket 1d, ticket 3d
    [30, [14.4, 6, 3, 1]],
    [28, [13.44, 5.6, 2.8, 0.9333333333333333]],
    [7, [3.36, 1.4, 0.7, 0.2333333333333333]],
  ] as const)('%i days → %o', (days, factors) => {
    const rules = scaledRules(days);
    expect(rules.map((r) => r.name)).toEqual(WORKBOOK_RULES.map((r) => r.name));
    rules.forEach((r, i) => expect(r.factor).toBeCloseTo(factors[i] ?? Number.NaN, 12));
  });

  it('is budget fraction × window / alert window', () => {
    expect(burnRateFactor(0.02, 28 * DAY, HOUR)).toBeCloseTo(0.02 * 672, 12);
  });

  it('pairs each long window with the workbook short window (1/12 of it)', () => {
    for (const r of WORKBOOK_RULES) expect(BURN_WINDOW_MS[r.longWindow] / BURN_WINDOW_MS[r.shortWindow]).toBe(12);
  });
});
