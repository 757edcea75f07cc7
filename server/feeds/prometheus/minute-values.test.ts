import { describe, expect, it } from 'vitest';
import { combineEvents, eventsPerMinute, ratioEvents, sumByStep } from './minute-values.js';
import { sampleValue } from './sample-value.js';

const series = (values: Array<[number, string]>) => ({ metric: {}, points: values.map(([t, v]) => ({ t, v: sampleValue(v) })) });

describe('Prometheus answers → minute counts', () => {
  it('reads NaN and ±Inf as numbers that carry no count', () => {
    expect(sampleValue('NaN')).toBeNaN();
    expect(sampleValue('+Inf')).toBe(Number.POSITIVE_INFINITY);
    expect(sampleValue('-Inf')).toBe(Number.NEGATIVE_INFINITY);
    expect(sampleValue('1e3')).toBe(1000);
    const sums = sumByStep([series([[60, '5'], [120, 'NaN'], [180, '+Inf']]), series([[60, '2'], [180, '-Inf']])]);
    expect([...sums]).toEqual([[60, 7]]);
  });

  it('stores a step under the start of the minute it ends', () => {
    expect([...eventsPerMinute(new Map([[120, 42]]), 'increase')]).toEqual([[60_000, 42]]);
  });

  it('scales per-second rates to events per minute', () => {
    expect(eventsPerMinute(new Map([[120, 1.5]]), 'rate').get(60_000)).toBe(90);
  });

  it('differences a cumulative counter, treating a drop as a reset', () => {
    const m = eventsPerMinute(new Map([[60, 100], [120, 130], [180, 10], [300, 50]]), 'counter');
    expect([...m]).toEqual([
      [60_000, 30],
      [120_000, 10],
    ]);
  });

  it('treats a missing bad value as no failures, and derives good from bad', () => {
    const rows = combineEvents(new Map([[0, 100], [60_000, 50]]), new Map([[0, 3]]), 'bad');
    expect(rows).toEqual([
      { ts: 0, total: 100, good: 97 },
      { ts: 60_000, total: 50, good: 50 },
    ]);
  });

  it('counts each minute of a ratio SLI as one event', () => {
    expect(ratioEvents(new Map([[60, 0.25]]), 'bad')).toEqual([{ ts: 0, total: 1, good: 0.75 }]);
  });
});
