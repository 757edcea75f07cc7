import { afterEach, describe, expect, it } from 'vitest';
import { CanaryList, HealthSnapshot, KpiBatch, SliBatch, TrafficSplit } from '../../shared/platform-api/index.js';
import type { Scenario } from '../../shared/scenarios.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, call, errorRatio, getParsed, minutesAround, sum, testClock, writeEnvelope } from './test-support.js';
import type { TestClock } from './test-support.js';

const running: DemoPlatform[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.close()));
});

async function start(scenario: Scenario): Promise<{ p: DemoPlatform; clock: TestClock }> {
  const clock = testClock();
  const p = await startDemoPlatform({ scenario, now: clock.now });
  running.push(p);
  return { p, clock };
}

function series(batch: { series: { service: string; sli: string; good: number[]; total: number[] }[] }, service: string, sli = 'availability') {
  const s = batch.series.find((x) => x.service === service && x.sli === sli);
  if (!s) throw new Error(`no ${service} ${sli} series`);
  return s;
}

async function putTraffic(p: DemoPlatform, weights: Record<string, number>, expectedVersion = 1, expiresAt?: number) {
  const body = { ...writeEnvelope(expectedVersion, 'drain for test'), weights, ...(expiresAt === undefined ? {} : { expiresAt }) };
  const answer = await call(`${p.trafficManagerUrl}/v1/traffic`, { method: 'PUT', body });
  expect(answer.status).toBe(200);
  return TrafficSplit.parse(answer.json);
}

describe('the platform reacts to operators', () => {
  it('degraded mode in payments-brownout cuts checkout failures by about 90 % within a minute', async () => {
    const { p, clock } = await start('payments-brownout');
    const base = p.regionUrls['ap-southeast'];
    clock.advance(2 * MINUTE_MS);
    const before = await getParsed(`${base}/v1/sli?${minutesAround(T0, -10, 2)}`, SliBatch);

    const answer = await call(`${base}/v1/degradation`, { method: 'PUT', body: { ...writeEnvelope(1, 'brownout'), mode: 'degraded' } });
    expect(answer.status).toBe(200);
    clock.advance(4 * MINUTE_MS);

    const after = await getParsed(`${base}/v1/sli?${minutesAround(T0, 2, 6)}`, SliBatch);
    const drop = 1 - errorRatio(series(after, 'checkout')) / errorRatio(series(before, 'checkout'));
    expect(drop).toBeGreaterThan(0.8);
    expect(drop).toBeLessThan(0.97);

    const kpiBefore = await getParsed(`${base}/v1/kpis?${minutesAround(T0, -10, 2)}`, KpiBatch);
    const kpiAfter = await getParsed(`${base}/v1/kpis?${minutesAround(T0, 2, 6)}`, KpiBatch);
    const failuresPerMinute = (b: typeof kpiBefore) => sum(b.counters.checkoutFailures) / b.counters.checkoutFailures.length;
    expect(failuresPerMinute(kpiAfter)).toBeLessThan(0.4 * failuresPerMinute(kpiBefore));
    const aov = (b: typeof kpiBefore) => sum(b.counters.revenue) / sum(b.counters.orders);
    expect(aov(kpiAfter)).toBeLessThan(aov(kpiBefore));

    // Minutes served before the change are not rewritten by it.
    expect(await getParsed(`${base}/v1/sli?${minutesAround(T0, -10, 2)}`, SliBatch)).toEqual(before);
    const health = await getParsed(`${base}/v1/health`, HealthSnapshot);
    expect(health.services.find((s) => s.service === 'checkout')?.breakers.find((b) => b.dependency === 'promotions')?.state).toBe('closed');
  });

  it('a region weighted 0 empties, and its users are served elsewhere', async () => {
    const { p, clock } = await start('steady');
    const sessions = async (region: 'us-east' | 'ap-southeast', from: number, to: number) =>
      sum((await getParsed(`${p.regionUrls[region]}/v1/kpis?${minutesAround(T0, from, to)}`, KpiBatch)).counters.sessions);
    const usBefore = await sessions('us-east', -5, 0);

    await putTraffic(p, { 'us-east': 70, 'eu-west': 30, 'ap-southeast': 0 });
    clock.advance(5 * MINUTE_MS);

    const sli = await getParsed(`${p.regionUrls['ap-southeast']}/v1/sli?${minutesAround(T0, 1, 5)}`, SliBatch);
    expect(sum(series(sli, 'gateway').total)).toBe(0);
    expect(await sessions('ap-southeast', 1, 5)).toBe(0);
    const health = await getParsed(`${p.regionUrls['ap-southeast']}/v1/health`, HealthSnapshot);
    expect(health.services.every((s) => s.requestsPerSecond < 1)).toBe(true);
    expect(await sessions('us-east', 0, 5)).toBeGreaterThan(1.5 * usBefore);
  });

  it('errors of a failing region move with its traffic', async () => {
    const { p, clock } = await start('region-outage');
    await putTraffic(p, { 'us-east': 60, 'eu-west': 0, 'ap-southeast': 40 });
    clock.advance(3 * MINUTE_MS);
    const eu = await getParsed(`${p.regionUrls['eu-west']}/v1/sli?${minutesAround(T0, 0, 3)}`, SliBatch);
    const us = await getParsed(`${p.regionUrls['us-east']}/v1/sli?${minutesAround(T0, 0, 3)}`, SliBatch);
    expect(sum(series(eu, 'gateway').total)).toBe(0);
    expect(sum(series(us, 'gateway').total)).toBeGreaterThan(0);
    expect(errorRatio(series(us, 'gateway'))).toBeLessThan(0.005);
  });

  it('a temporary shift reverts by itself at its expiry', async () => {
    const { p, clock } = await start('steady');
    const shifted = await putTraffic(p, { 'us-east': 50, 'eu-west': 50, 'ap-southeast': 0 }, 1, T0 + 10 * MINUTE_MS);
    expect(shifted.revertTo).toEqual({ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 });
    clock.advance(11 * MINUTE_MS);
    const sli = await getParsed(`${p.regionUrls['ap-southeast']}/v1/sli?${minutesAround(T0, 0, 11)}`, SliBatch);
    const gateway = series(sli, 'gateway').total;
    expect(gateway.slice(0, 9).every((n) => n === 0)).toBe(true);
    expect(gateway[10]).toBeGreaterThan(0);
    const traffic = await getParsed(`${p.trafficManagerUrl}/v1/traffic`, TrafficSplit);
    expect(traffic).toMatchObject({ version: 3, weights: shifted.revertTo, expiresAt: null, revertTo: null, updatedBy: 'traffic-manager', updatedAt: T0 + 10 * MINUTE_MS });
  });

  it('aborting a bad canary brings its metrics back to baseline; promoting raises its weight', async () => {
    const { p, clock } = await start('bad-canary');
    const us = p.regionUrls['us-east'];
    const eu = p.regionUrls['eu-west'];
    const act = (base: string, action: string, expectedVersion: number) =>
      call(`${base}/v1/canaries/checkout-2.14.0/actions`, { method: 'POST', body: { ...writeEnvelope(expectedVersion), action } });

    expect((await act(us, 'abort', 1)).status).toBe(200);
    clock.advance(2 * MINUTE_MS);
    const [aborted] = (await getParsed(`${us}/v1/canaries`, CanaryList)).canaries;
    expect(aborted).toMatchObject({ state: 'aborted', weight: 0, version: 2, updatedBy: 'test-operator' });
    expect(aborted?.canary.requestsPerSecond).toBe(0);
    expect(aborted?.canary.errorRatio).toBeLessThan(2 * (aborted?.baseline.errorRatio ?? 0));
    const sli = await getParsed(`${us}/v1/sli?${minutesAround(T0, 1, 2)}`, SliBatch);
    expect(errorRatio(series(sli, 'checkout'))).toBeLessThan(0.015);

    const promoted = await act(eu, 'promote', 1);
    expect(promoted.json).toMatchObject({ weight: 25, state: 'progressing' });
    await act(eu, 'promote', 2);
    const last = await act(eu, 'promote', 3);
    expect(last.json).toMatchObject({ weight: 100, state: 'promoted' });
  });

  it('kill-recommendations stops recommendation calls', async () => {
    const { p, clock } = await start('steady');
    const base = p.regionUrls['eu-west'];
    const rps = async () => (await getParsed(`${base}/v1/health`, HealthSnapshot)).services.find((s) => s.service === 'recommendations')?.requestsPerSecond ?? 0;
    const before = await rps();
    const answer = await call(`${base}/v1/flags/kill-recommendations`, { method: 'PUT', body: { ...writeEnvelope(1), enabled: true } });
    expect(answer.status).toBe(200);
    clock.advance(MINUTE_MS);
    expect(await rps()).toBeLessThan(0.1 * before);
  });
});
