import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/topology.js';
import { createCache, type Cache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { MinuteReader } from './minute-reader.js';
import { SloSeriesCache } from './slo-series-cache.js';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function open(): Cache {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanup = () => {
    cache.close();
    t.remove();
  };
  return cache;
}

const NOW = Date.UTC(2026, 5, 1, 12, 0);
const minutes = (n: number, v: number) => Array.from({ length: n }, () => v);

describe('SLO series cache', () => {
  it('answers window sums from memory and sees new minutes, rewrites and backfilled history', () => {
    const cache = open();
    const series = new SloSeriesCache(new MinuteReader(cache.db));
    cache.series.writeMinutes('r|s|sli.availability.good', 'counter', NOW - 2 * HOUR_MS, minutes(120, 9));
    cache.series.writeMinutes('r|s|sli.availability.total', 'counter', NOW - 2 * HOUR_MS, minutes(120, 10));
    const counts = series.counts('r|s|sli.availability.good', 'r|s|sli.availability.total');
    series.refresh(NOW);
    expect(counts.counts(NOW - HOUR_MS, NOW)).toEqual({ good: 540, total: 600 });

    // A poll re-sends the last two minutes with final numbers and adds a new one.
    cache.series.writeMinutes('r|s|sli.availability.total', 'counter', NOW - 2 * MINUTE_MS, [20, 20, 20]);
    // Backfill adds the day before.
    cache.series.writeMinutes('r|s|sli.availability.total', 'counter', NOW - 2 * HOUR_MS - DAY_MS, minutes(24 * 60, 1));
    series.refresh(NOW + MINUTE_MS);
    expect(counts.counts(NOW - HOUR_MS, NOW + MINUTE_MS).total).toBe(58 * 10 + 3 * 20);
    expect(counts.counts(NOW - 2 * HOUR_MS - DAY_MS, NOW - 2 * HOUR_MS).total).toBe(24 * 60);
  });

  it('waits for a series that does not exist yet', () => {
    const cache = open();
    const series = new SloSeriesCache(new MinuteReader(cache.db));
    const counts = series.counts('x|y|good', 'x|y|total');
    series.refresh(NOW);
    expect(counts.counts(0, NOW)).toEqual({ good: 0, total: 0 });
    cache.series.writeMinutes('x|y|total', 'counter', NOW - MINUTE_MS, [5]);
    series.refresh(NOW);
    expect(counts.counts(0, NOW).total).toBe(5);
  });
});
