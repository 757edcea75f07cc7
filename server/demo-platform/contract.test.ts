import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Canary,
  CanaryList,
  Degradation,
  FeatureFlag,
  HealthSnapshot,
  KpiBatch,
  PlatformError,
  RegionControls,
  SliBatch,
  TrafficSplit,
} from '../../shared/platform-api/index.js';
import { Scenario } from '../../shared/scenarios.js';
import { DEMO_REGIONS, DEMO_SERVICES, HOUR_MS } from '../../shared/topology.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, call, getParsed, rangeQuery, testClock, writeEnvelope } from './test-support.js';

describe.each(Scenario.options)('every endpoint answers the contract (%s)', (scenario) => {
  let platform: DemoPlatform;
  beforeAll(async () => {
    platform = await startDemoPlatform({ scenario, port: 0, now: testClock().now });
  });
  afterAll(() => platform.close());

  it('serves health, SLIs, KPIs, canaries and controls for every region', async () => {
    for (const region of DEMO_REGIONS) {
      const base = platform.regionUrls[region];
      const health = await getParsed(`${base}/v1/health`, HealthSnapshot);
      expect(health.region).toBe(region);
      expect(health.services.map((s) => s.service)).toEqual([...DEMO_SERVICES]);

      const sli = await getParsed(`${base}/v1/sli?${rangeQuery(T0 - HOUR_MS, T0)}`, SliBatch);
      expect(sli.series).toHaveLength(DEMO_SERVICES.length * 2);
      expect(sli.series.every((s) => s.total.length === 60)).toBe(true);

      const kpis = await getParsed(`${base}/v1/kpis?${rangeQuery(T0 - HOUR_MS, T0)}`, KpiBatch);
      expect(kpis.counters.sessions.every((n) => n > 0)).toBe(true);

      const canaries = await getParsed(`${base}/v1/canaries`, CanaryList);
      expect(canaries.canaries.length).toBeGreaterThan(0);

      const controls = await getParsed(`${base}/v1/controls`, RegionControls);
      expect(new Set(controls.flags.map((f) => f.kind))).toEqual(new Set(['release', 'experiment', 'operational', 'kill-switch']));
      expect(controls.flags.map((f) => f.key)).toEqual(expect.arrayContaining(['kill-recommendations', 'checkout-v2-ui', 'new-search-ranking']));
    }
    const traffic = await getParsed(`${platform.trafficManagerUrl}/v1/traffic`, TrafficSplit);
    expect(traffic.weights).toEqual({ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 });
    const healthz = await call(`${platform.origin}/healthz`);
    expect(healthz.json).toEqual({ ok: true, scenario });
  });
});

describe('write answers and errors answer the contract', () => {
  let platform: DemoPlatform;
  beforeAll(async () => {
    platform = await startDemoPlatform({ scenario: 'bad-canary', now: testClock().now });
  });
  afterAll(() => platform.close());

  it('returns the updated resource for each write', async () => {
    const base = platform.regionUrls['us-east'];
    const flag = await call(`${base}/v1/flags/kill-recommendations`, { method: 'PUT', body: { ...writeEnvelope(1), enabled: true } });
    expect(FeatureFlag.parse(flag.json).enabled).toBe(true);
    const degradation = await call(`${base}/v1/degradation`, { method: 'PUT', body: { ...writeEnvelope(1), mode: 'essential' } });
    expect(Degradation.parse(degradation.json).mode).toBe('essential');
    const canary = await call(`${base}/v1/canaries/checkout-2.14.0/actions`, { method: 'POST', body: { ...writeEnvelope(1), action: 'pause' } });
    expect(Canary.parse(canary.json).state).toBe('paused');
    const traffic = await call(`${platform.trafficManagerUrl}/v1/traffic`, {
      method: 'PUT',
      body: { ...writeEnvelope(1), weights: { 'us-east': 50, 'eu-west': 25, 'ap-southeast': 25 } },
    });
    expect(TrafficSplit.parse(traffic.json).version).toBe(2);
  });

  it('answers errors in the PlatformError shape', async () => {
    const answers = await Promise.all([
      call(`${platform.origin}/nope`),
      call(`${platform.origin}/regions/mars/v1/health`),
      call(`${platform.regionUrls['us-east']}/v1/sli?from=1`),
      call(`${platform.regionUrls['us-east']}/v1/health`, { method: 'DELETE' }),
      call(`${platform.regionUrls['us-east']}/v1/degradation`, { method: 'PUT', body: { ...writeEnvelope(0), mode: 'normal' } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 400, 405, 409]);
    for (const a of answers) expect(() => PlatformError.parse(a.json)).not.toThrow();
  });
});
