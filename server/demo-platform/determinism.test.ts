import { afterEach, describe, expect, it } from 'vitest';
import { CanaryList, HealthSnapshot, KpiBatch, SliBatch } from '../../shared/platform-api/index.js';
import { DAY_MS, HOUR_MS } from '../../shared/topology.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, getParsed, rangeQuery, testClock } from './test-support.js';

const running: DemoPlatform[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.close()));
});

async function snapshot(seed: number) {
  const p = await startDemoPlatform({ scenario: 'payments-brownout', seed, now: testClock().now });
  running.push(p);
  const base = p.regionUrls['ap-southeast'];
  const q = rangeQuery(T0 - 6 * HOUR_MS, T0);
  return {
    sli: await getParsed(`${base}/v1/sli?${q}`, SliBatch),
    kpis: await getParsed(`${base}/v1/kpis?${q}`, KpiBatch),
    health: await getParsed(`${base}/v1/health`, HealthSnapshot),
    canaries: await getParsed(`${base}/v1/canaries`, CanaryList),
  };
}

describe('determinism', () => {
  it('gives the same numbers for the same seed, scenario and clock', async () => {
    const [a, b] = [await snapshot(7), await snapshot(7)];
    expect(b).toEqual(a);
  });

  it('gives different numbers for another seed', async () => {
    const [a, b] = [await snapshot(7), await snapshot(8)];
    expect(b.kpis.counters.sessions).not.toEqual(a.kpis.counters.sessions);
    expect(b.health).not.toEqual(a.health);
  });

  it('serves history as a pure function of time: two platforms started days apart agree on old minutes', async () => {
    const early = await startDemoPlatform({ seed: 3, now: () => T0 });
    const late = await startDemoPlatform({ seed: 3, now: () => T0 + 3 * DAY_MS });
    running.push(early, late);
    const q = rangeQuery(T0 - DAY_MS, T0 - DAY_MS + HOUR_MS);
    const [a, b] = [await getParsed(`${early.regionUrls['eu-west']}/v1/sli?${q}`, SliBatch), await getParsed(`${late.regionUrls['eu-west']}/v1/sli?${q}`, SliBatch)];
    expect(b.series).toEqual(a.series);
  });

  it('keeps health stable for one poll time and moves it a little between polls', async () => {
    const clock = testClock();
    const p = await startDemoPlatform({ seed: 5, now: clock.now });
    running.push(p);
    const url = `${p.regionUrls['us-east']}/v1/health`;
    const first = await getParsed(url, HealthSnapshot);
    expect(await getParsed(url, HealthSnapshot)).toEqual(first);
    clock.advance(5_000);
    const later = await getParsed(url, HealthSnapshot);
    expect(later.services[0]?.requestsPerSecond).not.toBe(first.services[0]?.requestsPerSecond);
  });
});
