import { describe, expect, it } from 'vitest';
import { burnRateSeries, calendarBudgetSeries, rollingBudgetSeries, sampleGrid, sliSeries } from './detail-series.js';
import { MinuteRing } from './minute-ring.js';
import { RingCounts } from './ring-counts.js';
import { DAY, HOUR, MINUTE } from './windows.js';

const END = Date.UTC(2026, 3, 1, 6, 0);

function counts(errorRatio: (ts: number) => number): RingCounts {
  const good = new MinuteRing(35 * 24 * 60);
  const total = new MinuteRing(35 * 24 * 60);
  for (let ts = END - 30 * DAY; ts < END; ts += MINUTE) {
    total.set(ts, 100);
    good.set(ts, 100 * (1 - errorRatio(ts)));
  }
  return new RingCounts(good, total);
}

describe('SLO detail series', () => {
  it('samples whole minutes, at most maxPoints, ending at the last whole minute', () => {
    const g = sampleGrid(END - DAY, END + 30_000, 400);
    expect(g.times.length).toBeLessThanOrEqual(400);
    expect(g.times.at(-1)).toBe(END);
    expect(g.times.every((t) => t % MINUTE === 0)).toBe(true);
    expect(g.stepMs).toBe(4 * MINUTE);
  });

  it('draws the SLI, budgets and burn rates as the rules saw them', () => {
    const source = counts((ts) => (ts >= END - HOUR ? 0.02 : 0.0005));
    const g = sampleGrid(END - 2 * HOUR, END, 24);
    const sli = sliSeries(source, g);
    expect(sli.at(-1)?.value).toBeCloseTo(0.98, 9);
    expect(sli[0]?.value).toBeCloseTo(0.9995, 9);
    const burn = burnRateSeries(source, g, HOUR, 0.999);
    expect(burn.at(-1)?.value).toBeCloseTo(20, 9);
    const rolling = rollingBudgetSeries(source, g, 28, 0.999);
    expect(rolling[0]?.value).toBeCloseTo(0.5, 6);
    expect(rolling.at(-1)?.value ?? 1).toBeLessThan(rolling[0]?.value ?? 0);
    // April started 6 hours before END: the calendar budget is young and the last hour weighs heavily in it.
    const calendar = calendarBudgetSeries(source, g, 0.999);
    expect(calendar.at(-1)?.value).toBeCloseTo(1 - (5 * 60 * 0.5 + 60 * 20) / (6 * 60), 6);
  });

  it('leaves out points without events', () => {
    const source = new RingCounts(new MinuteRing(60), new MinuteRing(60));
    expect(sliSeries(source, sampleGrid(END - HOUR, END, 10))).toEqual([]);
  });
});
