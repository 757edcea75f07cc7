import { afterEach, describe, expect, it } from 'vitest';
import { CanaryList, HealthSnapshot, KpiBatch, SliBatch } from '../../shared/platform-api/index.js';
import type { Scenario } from '../../shared/scenarios.js';
import { DEMO_REGIONS, MINUTE_MS } from '../../shared/topology.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, errorRatio, getParsed, rangeQuery, sum, testClock } from './test-support.js';

const running: DemoPlatform[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.close()));
});

async function start(scenario: Scenario): Promise<DemoPlatform> {
  const p = await startDemoPlatform({ scenario, now: testClock().now });
  running.push(p);
  return p;
}

/** The 15 minutes before start: the scenario has been in effect (and fully ramped) since T0 - 30 min. */
const RECENT = rangeQuery(T0 - 15 * MINUTE_MS, T0);

async function checkoutAvailabilityErrors(p: DemoPlatform, region: (typeof DEMO_REGIONS)[number], query = RECENT): Promise<number> {
  const sli = await getParsed(`${p.regionUrls[region]}/v1/sli?${query}`, SliBatch);
  const series = sli.series.find((s) => s.service === 'checkout' && s.sli === 'availability');
  if (!series) throw new Error('no checkout availability series');
  return errorRatio(series);
}

describe('scenarios', () => {
  it('steady: every service passes everywhere', async () => {
    const p = await start('steady');
    for (const region of DEMO_REGIONS) {
      const health = await getParsed(`${p.regionUrls[region]}/v1/health`, HealthSnapshot);
      expect(health.services.filter((s) => s.status === 'fail')).toEqual([]);
      expect(await checkoutAvailabilityErrors(p, region)).toBeLessThan(0.01);
    }
  });

  it('payments-brownout: ap-southeast checkout burns far beyond 14.4x of a 99.9 % SLO, others do not', async () => {
    const p = await start('payments-brownout');
    const ap = await checkoutAvailabilityErrors(p, 'ap-southeast');
    expect(ap).toBeGreaterThan(0.05);
    expect(ap).toBeLessThan(0.09);
    for (const other of ['us-east', 'eu-west'] as const) expect(await checkoutAvailabilityErrors(p, other)).toBeLessThan(ap / 5);

    const health = await getParsed(`${p.regionUrls['ap-southeast']}/v1/health`, HealthSnapshot);
    const checkout = health.services.find((s) => s.service === 'checkout');
    const payments = health.services.find((s) => s.service === 'payments');
    expect(checkout?.status).toBe('fail');
    expect(checkout?.breakers.find((b) => b.dependency === 'payments')?.state).not.toBe('closed');
    expect(payments?.errorRatio).toBeGreaterThan(0.05);
    expect(payments?.latencyMs.p99).toBeGreaterThan(2000);

    // Checkout failures climb against the same minutes a day earlier.
    const kpiNow = await getParsed(`${p.regionUrls['ap-southeast']}/v1/kpis?${RECENT}`, KpiBatch);
    const dayBefore = rangeQuery(T0 - 15 * MINUTE_MS - 86_400_000, T0 - 86_400_000);
    const kpiThen = await getParsed(`${p.regionUrls['ap-southeast']}/v1/kpis?${dayBefore}`, KpiBatch);
    expect(sum(kpiNow.counters.checkoutFailures)).toBeGreaterThan(5 * sum(kpiThen.counters.checkoutFailures));
  });

  it('region-outage: the eu-west gateway fails and its availability SLI burns', async () => {
    const p = await start('region-outage');
    const health = await getParsed(`${p.regionUrls['eu-west']}/v1/health`, HealthSnapshot);
    const gateway = health.services.find((s) => s.service === 'gateway');
    expect(gateway?.status).toBe('fail');
    expect(gateway?.errorRatio).toBeGreaterThan(0.2);
    const sli = await getParsed(`${p.regionUrls['eu-west']}/v1/sli?${RECENT}`, SliBatch);
    const availability = sli.series.find((s) => s.service === 'gateway' && s.sli === 'availability');
    expect(availability && errorRatio(availability)).toBeGreaterThan(0.2);
    const usEast = await getParsed(`${p.regionUrls['us-east']}/v1/health`, HealthSnapshot);
    expect(usEast.services.find((s) => s.service === 'gateway')?.status).toBe('pass');
  });

  it('bad-canary: the checkout canary is clearly worse than its baseline in every region', async () => {
    const p = await start('bad-canary');
    for (const region of DEMO_REGIONS) {
      const { canaries } = await getParsed(`${p.regionUrls[region]}/v1/canaries`, CanaryList);
      const canary = canaries.find((c) => c.service === 'checkout');
      expect(canary).toMatchObject({ baselineVersion: '2.13.4', canaryVersion: '2.14.0', steps: [5, 25, 50, 100], weight: 5, state: 'progressing' });
      expect(canary?.canary.errorRatio).toBeGreaterThan(3 * (canary?.baseline.errorRatio ?? 1));
      expect(canary?.canary.latencyP99Ms).toBeGreaterThan(1.5 * (canary?.baseline.latencyP99Ms ?? Infinity));
    }
  });

  it('other scenarios run a healthy search canary', async () => {
    const p = await start('steady');
    const { canaries } = await getParsed(`${p.regionUrls['us-east']}/v1/canaries`, CanaryList);
    const canary = canaries.find((c) => c.service === 'search');
    expect(canary?.state).toBe('progressing');
    expect(canary?.canary.errorRatio).toBeLessThan(2 * (canary?.baseline.errorRatio ?? 0) + 0.001);
  });

  it('flash-sale: about three times the usual ap-southeast traffic', async () => {
    const sale = await start('flash-sale');
    const steady = await start('steady');
    const sessions = async (p: DemoPlatform) => sum((await getParsed(`${p.regionUrls['ap-southeast']}/v1/kpis?${RECENT}`, KpiBatch)).counters.sessions);
    const ratio = (await sessions(sale)) / (await sessions(steady));
    expect(ratio).toBeGreaterThan(2.6);
    expect(ratio).toBeLessThan(3.4);
  });
});
