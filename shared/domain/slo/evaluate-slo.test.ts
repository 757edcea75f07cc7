import { describe, expect, it } from 'vitest';
import { evaluateSlo, hoursToExhaustion } from './evaluate-slo.js';
import { MinuteRing } from './minute-ring.js';
import { RingCounts } from './ring-counts.js';
import { DAY, HOUR, MINUTE } from './windows.js';

const NOW = Date.UTC(2026, 2, 20, 12, 0, 30);
const END = Date.UTC(2026, 2, 20, 12, 0);

/** 28 days of minutes ending at END, `perMinute` requests each, with the error ratio given per minute age. */
function history(errorRatio: (ageMinutes: number) => number, perMinute = 1000): RingCounts {
  const good = new MinuteRing(35 * 24 * 60);
  const total = new MinuteRing(35 * 24 * 60);
  for (let age = 1; age <= 28 * 24 * 60; age++) {
    const ts = END - age * MINUTE;
    total.set(ts, perMinute);
    good.set(ts, perMinute * (1 - errorRatio(age)));
  }
  return new RingCounts(good, total);
}

const p = { objective: 0.999, windowDays: 28, timeWindow: 'rolling' as const };

describe('evaluating one SLO', () => {
  it('reports half the budget left at half the allowed error rate, and no alert', () => {
    const e = evaluateSlo(p, history(() => 0.0005), NOW);
    expect(e.attainment).toBeCloseTo(0.9995, 9);
    expect(e.budgetRemaining).toBeCloseTo(0.5, 9);
    for (const w of ['5m', '1h', '3d'] as const) expect(e.burnRates[w]).toBeCloseTo(0.5, 9);
    expect(e.state).toBe('acceptable');
    expect(e.rules.every((r) => !r.firing)).toBe(true);
    expect(e.evaluatedAt).toBe(END);
  });

  it('pages on a fast burn over both windows of the 1 h rule (factor 13.44 for 28 days)', () => {
    const e = evaluateSlo(p, history((age) => (age <= 60 ? 0.02 : 0)), NOW);
    const fast = e.rules.find((r) => r.name === 'page-1h-5m');
    expect(fast).toMatchObject({ factor: expect.closeTo(13.44, 9), firing: true });
    expect(fast?.longBurn).toBeCloseTo(20, 9);
    expect(e.state).toBe('critical');
  });

  it('is recovering once the short window is back under while the long one is still over', () => {
    const e = evaluateSlo(p, history((age) => (age > 35 && age <= 60 ? 0.05 : 0)), NOW);
    expect(e.burnRates['5m']).toBe(0);
    expect(e.burnRates['30m']).toBe(0);
    expect(e.state).toBe('recovering');
    expect(e.rules.some((r) => r.firing && r.severity === 'page')).toBe(false);
  });

  it('is increasing when only the short window is over', () => {
    const e = evaluateSlo(p, history((age) => (age <= 5 ? 0.05 : 0)), NOW);
    expect(e.state).toBe('increasing');
  });

  it('fires the ticket rules on a slow burn without colouring the SLO critical', () => {
    // 3.5× for three days: over the 1 d (2.8×) and 3 d (0.93×) ticket factors, under both page factors.
    const e = evaluateSlo(p, history((age) => (age <= 3 * 24 * 60 ? 0.0035 : 0)), NOW);
    expect(e.rules.filter((r) => r.firing).map((r) => r.name)).toEqual(['ticket-1d-2h', 'ticket-3d-6h']);
    expect(e.state).toBe('acceptable');
  });

  it('says insufficient-data rather than paging on a handful of requests', () => {
    // 15 requests an hour: under 100 events in both page rules' long windows (1 h and 6 h).
    const e = evaluateSlo(p, history((age) => (age <= 60 ? 0.5 : 0), 0.25), NOW);
    expect(e.burnRates['1h']).toBeCloseTo(500, 6);
    expect(e.state).toBe('insufficient-data');
    expect(e.rules.find((r) => r.name === 'page-1h-5m')?.firing).toBe(false);
  });

  it('budgets the calendar month from its first minute (UTC)', () => {
    // Errors only before 1 March: the rolling window sees them, the March budget does not.
    const marchAge = (END - Date.UTC(2026, 2, 1)) / MINUTE;
    const e = evaluateSlo(p, history((age) => (age > marchAge ? 0.004 : 0)), NOW);
    expect(e.budgetRemainingCalendar).toBe(1);
    expect(e.budgetRemaining).toBeLessThan(0);
    const calendar = evaluateSlo({ ...p, timeWindow: 'calendar' }, history((age) => (age > marchAge ? 0.004 : 0)), NOW);
    expect(calendar.budgetRemaining).toBe(1);
  });

  it('has no figures without data', () => {
    const empty = new RingCounts(new MinuteRing(60), new MinuteRing(60));
    const e = evaluateSlo(p, empty, NOW);
    expect(e).toMatchObject({ attainment: null, budgetRemaining: null, budgetRemainingCalendar: null, state: 'insufficient-data', hoursToExhaustion: null });
  });
});

describe('hours to exhaustion', () => {
  it('is what is left × window / burn', () => {
    // Half of a 28-day budget at 14× lasts 672 h × 0.5 / 14 = 24 h.
    expect(hoursToExhaustion(0.5, 14, 28)).toBeCloseTo(24, 9);
    expect(hoursToExhaustion(-0.1, 2, 28)).toBe(0);
    expect(hoursToExhaustion(0.5, 0, 28)).toBeNull();
    expect((28 * DAY) / HOUR).toBe(672);
  });
});
