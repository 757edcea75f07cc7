// The SLO procedures end to end: a real core against the demo platform over HTTP, on a controlled clock so
// minutes can pass in a test: the payments brownout pages, degradation mode relieves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegionControls } from '../../shared/platform-api/index.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { parsePlatformConfig } from '../config/platform-config.js';
import { createCore, type Core } from '../core.js';
import { demoPlatformConfig, startDemoPlatform, type DemoPlatform } from '../demo-platform/index.js';
import { createCache, type Cache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { appRouter } from '../trpc/app-router.js';

const START = Date.UTC(2026, 2, 11, 12, 0, 20);
const CHECKOUT = 'ap-southeast.checkout.availability';

let t = START;
const now = () => t;
let demo: DemoPlatform;
let cache: Cache;
let core: Core;
let remove: () => void;

const caller = (role: 'on-call' | 'viewer' = 'on-call') => appRouter.createCaller({ app: core.app, operator: { name: 'slo-test', role, regions: null }, canEditProfile: false });

/** Lets `minutes` pass: the platform's SLI minutes are polled and the SLOs evaluated each minute. */
async function pass(minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    t += MINUTE_MS;
    await Promise.all(['us-east', 'eu-west', 'ap-southeast'].map((r) => core.poller.refresh(`${r}/sli`)));
    core.app.slos.evaluate(t);
  }
}

beforeAll(async () => {
  const dir = tempDir();
  remove = dir.remove;
  demo = await startDemoPlatform({ scenario: 'payments-brownout', now });
  cache = createCache(dir.dir);
  const config = parsePlatformConfig({ ...demoPlatformConfig(demo), timeoutMs: 2_000 }, 'test config');
  core = createCore({ cache, config, now, historyDays: 0, pollIntervalMs: 60_000, quiet: true, session: { mode: 'server', platform: 'demo', scenario: 'payments-brownout', dataDir: dir.dir } });
  await core.poller.pollAll();
  core.app.slos.evaluate(t);
});
afterAll(async () => {
  core.stop();
  await demo.close();
  cache.close();
  remove();
});

describe('SLO evaluations', () => {
  it('lists every built-in SLO per region, least budget first, with the workbook rules scaled to 28 days', async () => {
    const list = await caller().slo.evaluations({});
    expect(list).toHaveLength(3 * 8);
    const budgets = list.map((e) => e.budgetRemaining ?? Number.POSITIVE_INFINITY);
    expect(budgets).toEqual([...budgets].sort((a, b) => a - b));
    const checkout = list.find((e) => e.id === CHECKOUT);
    expect(checkout?.rules.map((r) => [r.name, Number(r.factor.toFixed(2))])).toEqual([
      ['page-1h-5m', 13.44],
      ['page-6h-30m', 5.6],
      ['ticket-1d-2h', 2.8],
      ['ticket-3d-6h', 0.93],
    ]);
    expect(checkout).toMatchObject({ state: 'critical', definition: { origin: 'built-in', version: 1, windowDays: 28, objective: 0.999 } });
    expect(await caller().slo.evaluations({ region: 'ap-southeast', service: 'checkout' })).toHaveLength(2);
    expect((await caller().slo.evaluations({ state: 'critical' })).every((e) => e.definition.region === 'ap-southeast')).toBe(true);
  });

  it('keeps the overview and slo.list in the SloStatus shape', async () => {
    const o = await caller().overview.get();
    expect(o.slosAtRisk[0]?.state).toBe('critical');
    expect(o.slosAtRisk.find((s) => s.id === CHECKOUT)).toMatchObject({ state: 'critical', sli: 'availability', region: 'ap-southeast' });
    const listed = await caller().slo.list();
    expect(listed.find((s) => s.id === CHECKOUT)?.burnRate1h).toBeGreaterThan(13.44);
  });

  it('opens one page episode for the burning SLO, visible to the renderer by id', async () => {
    const alerts = await caller().slo.alerts({ id: CHECKOUT });
    expect(alerts.filter((a) => a.severity === 'page')).toEqual([{ id: expect.any(Number), sloId: CHECKOUT, severity: 'page', startedAt: Math.floor(t / MINUTE_MS) * MINUTE_MS, endedAt: null, peakBurnRate: expect.any(Number) }]);
  });
});

describe('degradation mode relieves the brownout', () => {
  it('moves to recovering within minutes of degradation mode, still in the same page episode', async () => {
    const base = demo.regionUrls['ap-southeast'];
    const controls = RegionControls.parse(await (await fetch(`${base}/v1/controls`)).json());
    const put = await fetch(`${base}/v1/degradation`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'degraded', expectedVersion: controls.degradation.version, actor: 'slo-test', reason: 'payments brownout: bypass promotions' }),
    });
    expect(put.status).toBe(200);
    await core.poller.refresh('ap-southeast/controls');
    const before = (await caller().slo.evaluations({})).find((x) => x.id === CHECKOUT);
    const pageId = (await caller().slo.alerts({ id: CHECKOUT })).find((a) => a.severity === 'page')?.id;

    await pass(6);
    const e = (await caller().slo.evaluations({ region: 'ap-southeast', service: 'checkout' })).find((x) => x.id === CHECKOUT);
    const fast = e?.rules.find((r) => r.name === 'page-1h-5m');
    // The 1 h / 5 min rule is "recovering": its long window still remembers the burn, its short one is clear.
    expect(fast).toMatchObject({ firing: false });
    expect(fast?.shortBurn ?? Number.POSITIVE_INFINITY).toBeLessThan(fast?.factor ?? 0);
    expect(fast?.longBurn ?? 0).toBeGreaterThan(fast?.factor ?? Number.POSITIVE_INFINITY);
    expect(e?.burnRates['5m'] ?? Number.POSITIVE_INFINITY).toBeLessThan((before?.burnRates['5m'] ?? 0) / 3);
    // The fast rule decides the state; the 6 h / 30 min rule's short window still holds the old burn, so it
    // keeps the page episode open. Still the same episode: no second notification.
    expect(e?.state).toBe('recovering');
    const pages = (await caller().slo.alerts({ id: CHECKOUT })).filter((a) => a.severity === 'page');
    expect(pages.map((p) => p.id)).toEqual([pageId]);
  });

  it('draws the change as an annotation in the detail, with series under maxPoints and a what-if budget', async () => {
    const d = await caller().slo.detail({ id: CHECKOUT, from: START - 2 * 60 * MINUTE_MS, to: t, maxPoints: 60, whatIfObjective: 0.99 });
    for (const s of [d.sli, d.budgetRolling, d.budgetCalendar, d.burnRate1h, d.burnRate6h]) {
      expect(s.points.length).toBeGreaterThan(10);
      expect(s.points.length).toBeLessThanOrEqual(60);
    }
    expect(d.annotations.some((a) => a.kind === 'operator' && /degradation degraded by slo-test/.test(a.text))).toBe(true);
    expect(d.alerts.map((a) => a.sloId)).toContain(CHECKOUT);
    // A looser objective leaves more budget.
    expect(d.whatIf?.budgetRemaining ?? 0).toBeGreaterThan(d.evaluation.budgetRemaining ?? 0);
    expect(d.burnRate1h.points.at(-1)?.value).toBeCloseTo(d.evaluation.burnRates['1h'] ?? 0, 6);
  });

  it('answers an unknown SLO with NOT_FOUND and a backwards range with BAD_REQUEST', async () => {
    await expect(caller().slo.detail({ id: 'nope', from: 0, to: 10, maxPoints: 100 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller().slo.detail({ id: CHECKOUT, from: 10, to: 5, maxPoints: 100 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('definitions: import, versions, export', () => {
  const sloth = `version: "prometheus/v1"
service: "payments"
slos:
  - name: "payments-availability-strict"
    objective: 99.95
    sli:
      events:
        error_query: sum(rate(meridian_demo_requests_total{service="payments",code="500"}[{{.window}}]))
        total_query: sum(rate(meridian_demo_requests_total{service="payments"}[{{.window}}]))
`;

  it('previews without storing, then stores as version 1 and evaluates at once from the demo series', async () => {
    const preview = await caller('viewer').slo.import({ format: 'sloth', content: sloth, region: 'eu-west', dryRun: true });
    expect(preview).toMatchObject({ applied: false, imported: [{ id: 'eu-west.payments.payments-availability-strict', version: 1, origin: 'sloth' }] });
    expect((await caller().slo.definitions()).some((d) => d.id === 'eu-west.payments.payments-availability-strict')).toBe(false);
    await expect(caller('viewer').slo.import({ format: 'sloth', content: sloth, region: 'eu-west', dryRun: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const applied = await caller().slo.import({ format: 'sloth', content: sloth, region: 'eu-west', dryRun: false });
    expect(applied.applied).toBe(true);
    const e = (await caller().slo.evaluations({ region: 'eu-west', service: 'payments' })).find((x) => x.id === 'eu-west.payments.payments-availability-strict');
    const builtIn = (await caller().slo.evaluations({ region: 'eu-west', service: 'payments' })).find((x) => x.id === 'eu-west.payments.availability');
    // The same counts as the built-in SLO, judged against a stricter objective.
    expect(e?.attainment).toBeCloseTo(builtIn?.attainment ?? -1, 12);
    expect(e?.definition).toMatchObject({ windowDays: 30, objective: 0.9995, queries: null, sourceId: null });
  });

  it('keeps the version on an identical re-import and bumps it on a change', async () => {
    expect((await caller().slo.import({ format: 'sloth', content: sloth, region: 'eu-west', dryRun: false })).imported[0]?.version).toBe(1);
    const stricter = sloth.replace('99.95', '99.97');
    expect((await caller().slo.import({ format: 'sloth', content: stricter, region: 'eu-west', dryRun: false })).imported[0]).toMatchObject({ version: 2, objective: 0.9997 });
  });

  it('exports every definition as OpenSLO that imports back with the same ids and objectives', async () => {
    const out = await caller().slo.exportDefinitions();
    expect(out).toMatchObject({ fileName: 'meridian-slos.openslo.yaml', mimeType: 'application/yaml' });
    const before = (await caller().slo.definitions()).filter((d) => d.region === 'us-east');
    const back = await caller().slo.import({ format: 'openslo', content: out.content, region: 'us-east', dryRun: true });
    expect(back.imported.map((d) => [d.id, d.objective, d.windowDays])).toEqual(before.map((d) => [d.id, d.objective, d.windowDays]));
    // Definitions exported for other regions are named and skipped, not imported here under new ids.
    expect(back.problems.filter((p) => /another region/.test(p.message))).toHaveLength(16 + 1);
  });

  it('refuses an import for a region that is not configured, saying which are', async () => {
    const r = await caller().slo.import({ format: 'sloth', content: sloth, region: 'mars', dryRun: true });
    expect(r.problems[0]?.message).toMatch(/no region "mars".*us-east, eu-west, ap-southeast/);
  });
});
