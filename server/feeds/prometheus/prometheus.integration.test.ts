// Meridian's Prometheus source and SLO engine against a real Prometheus 2.x on loopback, backfilled with
// hours of the demo platform's counters: burn rates must match what PromQL computes for the same windows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BurnWindow } from '../../../shared/slo-api.js';
import { evaluateSlo } from '../../../shared/domain/slo/evaluate-slo.js';
import { BURN_WINDOW_MS } from '../../../shared/domain/slo/windows.js';
import { HOUR_MS, MINUTE_MS } from '../../../shared/topology.js';
import { demoSimulation, openMetricsHistory } from '../../demo-platform/metrics-history.js';
import { startDemoPlatform, type DemoPlatform } from '../../demo-platform/index.js';
import { sliBatch } from '../../demo-platform/sli-batch.js';
import { MinuteReader } from '../../slo/minute-reader.js';
import { SloSeriesCache } from '../../slo/slo-series-cache.js';
import { createCache, type Cache } from '../../store/cache.js';
import { tempDir } from '../../testing/temp-dir.js';
import { SourceError } from '../source-error.js';
import { SloService } from '../../services/slo-service.js';
import { SnapshotReader } from '../../services/snapshot-reader.js';
import { PrometheusSourceConfig } from './prometheus-config.js';
import { fetchTargetMinutes } from './fetch-target.js';
import { queryRange, type PrometheusEndpoint } from './prometheus-client.js';
import { prometheusSource } from './prometheus-source.js';
import type { PrometheusTarget } from './prometheus-target.js';
import { findPrometheus, startPrometheus, type RunningPrometheus } from './testing/real-prometheus.js';

const found = await findPrometheus();
const missing = 'missing' in found ? found.missing : null;
if (missing && process.env.CI) throw new Error(`CI must run the real-Prometheus integration tests, but ${missing}`);
if (missing) console.warn(`[prometheus.integration] skipped: ${missing}`);

/** History ends at the last whole minute before the test started; 8 hours of it are backfilled. */
const END = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS - 2 * MINUTE_MS;
const FROM = END - 8 * HOUR_MS;
const OBJECTIVE = 0.999;
const sel = (labels: string) => `job="",${labels}`;
const CHECKOUT = sel('region="ap-southeast",service="checkout"');

// increase() per minute: the config's default kind.
const availabilityTarget: PrometheusTarget = {
  id: 'checkout-availability',
  goodKey: 'ap-southeast|checkout|sli.availability.good',
  totalKey: 'ap-southeast|checkout|sli.availability.total',
  query: { shape: 'events', unit: 'increase', bad: `sum(increase(meridian_demo_requests_total{${CHECKOUT},code="500"}[{{.window}}]))`, total: `sum(increase(meridian_demo_requests_total{${CHECKOUT}}[{{.window}}]))` },
};
// Sloth's style: events per second.
const latencyTarget: PrometheusTarget = {
  id: 'checkout-latency',
  goodKey: 'ap-southeast|checkout|sli.latency.good',
  totalKey: 'ap-southeast|checkout|sli.latency.total',
  query: { shape: 'events', unit: 'rate', good: `sum(rate(meridian_demo_latency_good_total{${CHECKOUT}}[{{.window}}]))`, total: `sum(rate(meridian_demo_requests_total{${CHECKOUT}}[{{.window}}]))` },
};
// OpenSLO's counter: true: the cumulative counter itself.
const paymentsTarget: PrometheusTarget = {
  id: 'payments-availability',
  goodKey: 'us-east|payments|sli.availability.good',
  totalKey: 'us-east|payments|sli.availability.total',
  query: { shape: 'events', unit: 'counter', good: `sum(meridian_demo_requests_total{${sel('region="us-east",service="payments",code="200"')}})`, total: `sum(meridian_demo_requests_total{${sel('region="us-east",service="payments"')}})` },
};
const targets = [availabilityTarget, latencyTarget, paymentsTarget];

describe.skipIf(missing !== null)('Prometheus source against a real Prometheus', () => {
  const sim = demoSimulation({ scenario: 'payments-brownout', startedAt: END });
  let prom: RunningPrometheus;
  let demo: DemoPlatform;
  let cache: Cache;
  let endpoint: PrometheusEndpoint;
  const t = tempDir('meridian-prometheus-');

  beforeAll(async () => {
    if ('missing' in found) return;
    demo = await startDemoPlatform({ scenario: 'steady' });
    const history = openMetricsHistory({ sim, from: FROM, to: END, regions: ['ap-southeast', 'us-east'], services: ['checkout', 'payments'] });
    prom = await startPrometheus({ ...found, dir: t.dir, backfill: history, scrape: [{ job: 'demo', target: new URL(demo.origin).host, path: '/metrics' }] });
    endpoint = { name: 'prometheus test', baseUrl: prom.baseUrl, timeoutMs: 10_000 };
    cache = createCache(`${t.dir}/meridian`);
    const source = prometheusSource({ cache, intervalMs: 60_000, timeoutMs: 10_000, historyDays: 1, targets: () => targets }, { id: 'test', baseUrl: prom.baseUrl, slis: [] });
    await source.poll(END + 30_000);
    while (await source.backfillStep?.(END + 30_000));
  }, 60_000);

  afterAll(async () => {
    await prom?.stop();
    await demo?.close();
    cache?.close();
    t.remove();
  });

  async function promql(query: string, at: number): Promise<number> {
    const res = await fetch(`${prom.baseUrl}/api/v1/query?${new URLSearchParams({ query, time: String(at / 1000) }).toString()}`);
    const body = (await res.json()) as { data?: { result?: Array<{ value: [number, string] }> } };
    return Number(body.data?.result?.[0]?.value[1] ?? Number.NaN);
  }

  const evaluation = (target: PrometheusTarget) => {
    const series = new SloSeriesCache(new MinuteReader(cache.db));
    const counts = series.counts(target.goodKey, target.totalKey);
    series.refresh(END + 30_000);
    return { counts, figures: evaluateSlo({ objective: OBJECTIVE, windowDays: 28, timeWindow: 'rolling' }, counts, END + 30_000) };
  };

  const WINDOWS: BurnWindow[] = ['5m', '30m', '1h', '2h', '6h'];

  it.each(WINDOWS)('matches PromQL burn rates of checkout availability over %s', async (w) => {
    const { figures } = evaluation(availabilityTarget);
    const range = `${BURN_WINDOW_MS[w] / MINUTE_MS}m`;
    const expected = await promql(
      `(sum(increase(meridian_demo_requests_total{${CHECKOUT},code="500"}[${range}])) / sum(increase(meridian_demo_requests_total{${CHECKOUT}}[${range}]))) / (1 - ${OBJECTIVE})`,
      END,
    );
    expect(Number.isFinite(expected)).toBe(true);
    expect(figures.burnRates[w] ?? Number.NaN).toBeCloseTo(expected, 6);
  });

  it('matches PromQL for latency (rate() queries) and for a counter differenced by Meridian', async () => {
    const latency = evaluation(latencyTarget).figures;
    const expectedLatency = await promql(`(1 - sum(increase(meridian_demo_latency_good_total{${CHECKOUT}}[1h])) / sum(increase(meridian_demo_requests_total{${CHECKOUT}}[1h]))) / (1 - ${OBJECTIVE})`, END);
    expect(latency.burnRates['1h'] ?? Number.NaN).toBeCloseTo(expectedLatency, 6);
    const payments = evaluation(paymentsTarget).figures;
    const p = sel('region="us-east",service="payments"');
    const expectedPayments = await promql(`(1 - sum(increase(meridian_demo_requests_total{${p},code="200"}[6h])) / sum(increase(meridian_demo_requests_total{${p}}[6h]))) / (1 - ${OBJECTIVE})`, END);
    expect(payments.burnRates['6h'] ?? Number.NaN).toBeCloseTo(expectedPayments, 6);
  });

  it('stores exactly the per-minute counts the demo platform serves on its SLI endpoint', () => {
    const { counts } = evaluation(availabilityTarget);
    const native = sliBatch(sim, 'ap-southeast', { from: END - HOUR_MS, to: END }).series.find((s) => s.service === 'checkout' && s.sli === 'availability');
    const sum = (xs: readonly number[] = []) => xs.reduce((a, b) => a + b, 0);
    expect(counts.counts(END - HOUR_MS, END)).toEqual({ good: sum(native?.good), total: sum(native?.total) });
    // The brownout is in the data: the 5-minute burn pages.
    expect(evaluation(availabilityTarget).figures.burnRates['5m'] ?? 0).toBeGreaterThan(13.44);
  });

  it('splits a ten-day range under the 11,000-point limit, which the real server enforces', async () => {
    const tooLong = await queryRange(endpoint, 'vector(1)', END / 1000 - 10 * 86_400, END / 1000, 60).then(
      () => null,
      (e: unknown) => e,
    );
    expect(tooLong).toBeInstanceOf(SourceError);
    expect((tooLong as SourceError).message).toMatch(/bad_data: exceeded maximum resolution of 11,000 points per timeseries/);
    const rows = await fetchTargetMinutes(endpoint, availabilityTarget, END - 10 * 86_400_000, END);
    expect(rows.length).toBe(8 * 60);
  });

  it("surfaces the server's own parse error and reads NaN answers as no data", async () => {
    const bad = await queryRange(endpoint, 'sum(rate(x[1m]', END / 1000 - 60, END / 1000, 60).then(
      () => null,
      (e: unknown) => e,
    );
    expect((bad as SourceError).message).toMatch(/\(400\) — bad_data: .*parse error/);
    const nan = await fetchTargetMinutes(endpoint, { id: 'nan', goodKey: 'g', totalKey: 't', query: { shape: 'events', unit: 'increase', good: 'vector(0)/vector(0)', total: 'vector(0)/vector(0)' } }, END - 5 * MINUTE_MS, END);
    expect(nan).toEqual([]);
  });

  it('feeds a built-in SLO from the platform config and an imported Sloth SLO through the SLO service', async () => {
    const t2 = tempDir('meridian-prometheus-core-');
    const c2 = createCache(t2.dir);
    try {
      const config = PrometheusSourceConfig.parse({
        id: 'main',
        baseUrl: prom.baseUrl,
        slis: [{ sloId: 'ap-southeast.checkout.availability', badQuery: `sum(increase(meridian_demo_requests_total{${CHECKOUT},code="500"}[{{.window}}]))`, totalQuery: `sum(increase(meridian_demo_requests_total{${CHECKOUT}}[{{.window}}]))` }],
      });
      const at = END + 30_000;
      const slos = new SloService({ db: c2.db, snapshots: new SnapshotReader(c2.snapshots), regions: ['ap-southeast'], prometheus: [config], now: () => at });
      // Not the demo's metric names literally, so this one is evaluated by Prometheus, not mapped to the demo series.
      const sloth = `version: "prometheus/v1"\nservice: "checkout"\nslos:\n  - name: "via-prometheus"\n    objective: 99.9\n    sli:\n      events:\n        error_query: sum(rate({__name__=~"meridian_demo_requests_.+",${CHECKOUT},code="500"}[{{.window}}]))\n        total_query: sum(rate({__name__=~"meridian_demo_requests_.+",${CHECKOUT}}[{{.window}}]))\n`;
      const imported = slos.import({ format: 'sloth', content: sloth, region: 'ap-southeast', dryRun: false });
      expect(imported.imported[0]).toMatchObject({ sourceId: 'main', queries: { total: expect.stringContaining('rate(') } });
      const source = prometheusSource({ cache: c2, intervalMs: 60_000, timeoutMs: 10_000, historyDays: 0, targets: () => slos.prometheusTargets('main').targets }, config);
      await source.poll(at);
      const list = slos.evaluate(at);
      const builtIn = list.find((e) => e.id === 'ap-southeast.checkout.availability');
      const viaProm = list.find((e) => e.id === 'ap-southeast.checkout.via-prometheus');
      const expected = await promql(`(sum(increase(meridian_demo_requests_total{${CHECKOUT},code="500"}[1h])) / sum(increase(meridian_demo_requests_total{${CHECKOUT}}[1h]))) / (1 - ${OBJECTIVE})`, END);
      expect(builtIn?.burnRates['1h'] ?? Number.NaN).toBeCloseTo(expected, 6);
      // A 30-day Sloth SLO with the same queries: the same burn rate, scaled factors of its own.
      expect(viaProm?.burnRates['1h'] ?? Number.NaN).toBeCloseTo(expected, 6);
      expect(viaProm?.rules[0]?.factor).toBeCloseTo(14.4, 9);
      expect(builtIn?.state).toBe('critical');
    } finally {
      c2.close();
      t2.remove();
    }
  });

  it("scrapes the demo platform's /metrics in the text format", async () => {
    const deadline = Date.now() + 15_000;
    let up = Number.NaN;
    let series = Number.NaN;
    while (Date.now() < deadline) {
      up = await promql('up{job="demo"}', Date.now());
      series = await promql('count(meridian_demo_requests_total{job="demo"})', Date.now());
      if (up === 1 && series > 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(up).toBe(1);
    // 3 regions × 10 services × 2 codes.
    expect(series).toBe(60);
  });
});
