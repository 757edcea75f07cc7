import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SliBatch } from '../../shared/platform-api/index.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { SCENARIO_LEAD_MS } from './scenario-effects.js';
import { demoSimulation, openMetricsHistory } from './metrics-history.js';
import { DEMO_METRIC_NAMES } from './metrics-names.js';
import { sliBatch } from './sli-batch.js';
import { startDemoPlatform, type DemoPlatform } from './index.js';
import { T0, testClock, type TestClock } from './test-support.js';

/** name{labels} → value, from the text format. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+\{[^}]*\}) (\S+)/.exec(line);
    if (m?.[1] && m[2]) out.set(m[1], Number(m[2]));
  }
  return out;
}

describe('GET /metrics', () => {
  let platform: DemoPlatform;
  let clock: TestClock;
  beforeAll(async () => {
    clock = testClock(T0 + 30_000);
    platform = await startDemoPlatform({ scenario: 'payments-brownout', now: clock.now });
  });
  afterAll(() => platform.close());

  it('serves counters in the Prometheus text format that agree with the SLI endpoint', async () => {
    const res = await fetch(`${platform.origin}/metrics`);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toContain(`# TYPE ${DEMO_METRIC_NAMES.requests} counter`);
    const s = samples(text);
    // Counters start at the scenario's onset and include every complete minute since.
    const onset = Math.floor((clock.now() - 30_000 - SCENARIO_LEAD_MS) / MINUTE_MS) * MINUTE_MS;
    const to = Math.floor(clock.now() / MINUTE_MS) * MINUTE_MS;
    const sli = SliBatch.parse(await (await fetch(`${platform.regionUrls['ap-southeast']}/v1/sli?from=${onset}&to=${to}`)).json());
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const availability = sli.series.find((x) => x.service === 'checkout' && x.sli === 'availability');
    const latency = sli.series.find((x) => x.service === 'checkout' && x.sli === 'latency');
    if (!availability || !latency) throw new Error('checkout SLIs missing');
    const at = (name: string, labels: string) => s.get(`${name}{${labels}}`);
    expect(at(DEMO_METRIC_NAMES.requests, 'region="ap-southeast",service="checkout",code="200"')).toBe(sum(availability.good));
    expect(at(DEMO_METRIC_NAMES.requests, 'region="ap-southeast",service="checkout",code="500"')).toBe(sum(availability.total) - sum(availability.good));
    expect(at(DEMO_METRIC_NAMES.latencyGood, 'region="ap-southeast",service="checkout"')).toBe(sum(latency.good));
    expect(at(DEMO_METRIC_NAMES.kpiEvents, 'region="us-east",kpi="orders"')).toBeGreaterThan(0);
    expect(at(DEMO_METRIC_NAMES.revenue, 'region="eu-west"')).toBeGreaterThan(0);
  });

  it('only ever counts up as time passes', async () => {
    const before = samples(await (await fetch(`${platform.origin}/metrics`)).text());
    clock.advance(3 * MINUTE_MS);
    const after = samples(await (await fetch(`${platform.origin}/metrics`)).text());
    for (const [k, v] of before) expect(after.get(k) ?? -1).toBeGreaterThanOrEqual(v);
    expect([...after].some(([k, v]) => v > (before.get(k) ?? 0))).toBe(true);
  });
});

describe('OpenMetrics history for promtool', () => {
  it('holds, at whole minutes, exactly the events of the minutes before, rising monotonically in between', () => {
    const sim = demoSimulation({ scenario: 'steady', startedAt: T0 });
    const from = T0 - 10 * MINUTE_MS;
    const text = openMetricsHistory({ sim, from, to: T0, regions: ['us-east'], services: ['checkout'] });
    expect(text.trimEnd().endsWith('# EOF')).toBe(true);
    expect(text).toContain('# TYPE meridian_demo_requests counter');
    const ok = text.split('\n').filter((l) => l.startsWith('meridian_demo_requests_total{region="us-east",service="checkout",code="200"}'));
    const values = ok.map((l) => Number(l.split(' ')[1]));
    expect(values.length).toBe(10 * 4 + 1);
    expect(values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0))).toBe(true);
    const minutes = SliBatch.parse(sliBatch(sim, 'us-east', { from, to: T0 }));
    const good = minutes.series.find((x) => x.service === 'checkout' && x.sli === 'availability')?.good ?? [];
    expect(values.at(-1)).toBe(good.reduce((a, b) => a + b, 0));
    expect(values[4]).toBe(good[0]);
  });
});
