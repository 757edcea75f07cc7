import { afterEach, describe, expect, it } from 'vitest';
import type { RegionControls } from '../../shared/platform-api/index.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { kpiKey } from '../feeds/sources/minute-sources.js';
import { createCache, type Cache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { ControlsPlatform } from './controls-platform.js';
import { DegradationEffectService } from './degradation-effect-service.js';
import { SnapshotReader } from './snapshot-reader.js';

const T = Date.UTC(2025, 2, 12, 12, 0);
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(now: number): { cache: Cache; service: DegradationEffectService } {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanups.push(() => {
    cache.close();
    t.remove();
  });
  const platform = new ControlsPlatform({ regionUrls: new Map([['ap-southeast', 'http://unused']]), trafficManagerUrl: 'http://unused', timeoutMs: 1, refresh: async () => {} });
  return { cache, service: new DegradationEffectService(platform, new SnapshotReader(cache.snapshots), cache.series, () => now) };
}

/** 20 minutes before the change fail 10 % of checkouts at $80 an order; the minutes after fail 2 % at $72. */
function seed(cache: Cache, changedAt: number): void {
  const from = changedAt - 20 * MINUTE_MS;
  const minutes = 30;
  const series = (f: (ts: number) => number) => Array.from({ length: minutes }, (_, i) => f(from + i * MINUTE_MS));
  const after = (ts: number) => ts >= changedAt;
  cache.series.writeMinutes(kpiKey('ap-southeast', 'checkoutStarts'), 'counter', from, series(() => 100));
  cache.series.writeMinutes(kpiKey('ap-southeast', 'checkoutFailures'), 'counter', from, series((ts) => (after(ts) ? 2 : 10)));
  cache.series.writeMinutes(kpiKey('ap-southeast', 'orders'), 'counter', from, series((ts) => (after(ts) ? 50 : 40)));
  cache.series.writeMinutes(kpiKey('ap-southeast', 'revenue'), 'counter', from, series((ts) => (after(ts) ? 3_600 : 3_200)));
  const controls: RegionControls = {
    region: 'ap-southeast',
    flags: [],
    degradation: { version: 2, updatedAt: changedAt, updatedBy: 'alice', reason: 'brownout', mode: 'degraded' },
  };
  cache.snapshots.save('ap-southeast/controls', changedAt, controls);
}

describe('degradation effect', () => {
  it('compares the 10 minutes before the change with the complete minutes since', () => {
    const changedAt = T + 30_000;
    const { cache, service } = setup(changedAt + 4 * MINUTE_MS);
    seed(cache, changedAt);
    const e = service.effect('ap-southeast');
    expect(e).toMatchObject({ region: 'ap-southeast', mode: 'degraded', changedAt });
    expect(e.before).toEqual({ checkoutFailureRatio: 0.1, averageOrderValue: 80, ordersPerMinute: 40, minutes: 10 });
    // The change minute (12:00) is mixed and left out; 12:01–12:04 are complete.
    expect(e.after).toEqual({ checkoutFailureRatio: 0.02, averageOrderValue: 72, ordersPerMinute: 50, minutes: 3 });
  });

  it('has no figures where the cache has no minutes', () => {
    const { service } = setup(T);
    const e = service.effect('ap-southeast');
    expect(e).toMatchObject({ mode: 'unknown', changedAt: null });
    expect(e.before).toEqual({ checkoutFailureRatio: null, averageOrderValue: null, ordersPerMinute: null, minutes: 0 });
  });

  it('refuses an unknown region', () => {
    const { service } = setup(T);
    expect(() => service.effect('mars')).toThrow(/unknown region "mars"/);
  });
});
