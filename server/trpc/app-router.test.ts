import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGIONS, DEMO_SERVICES, HOUR_MS } from '../../shared/topology.js';
import { ConflictCause } from '../services/controls-service.js';
import { startHarness, type Harness } from '../testing/core-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'payments-brownout' });
  await h.core.poller.pollAll();
  h.core.app.slos.evaluate(Date.now());
});
afterAll(() => h.close());

const key = () => `k-${Math.random().toString(36).slice(2)}`;

async function rejection(p: Promise<unknown>): Promise<TRPCError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe('overview', () => {
  it('shows every region × service from the cache with its age', async () => {
    const o = await h.caller().overview.get();
    expect(o.regions.map((r) => r.region)).toEqual([...DEMO_REGIONS]);
    for (const r of o.regions) {
      expect(r.health?.value.map((s) => s.service).sort()).toEqual([...DEMO_SERVICES].sort());
      expect(r.health?.observedAt).toBeGreaterThan(Date.now() - 60_000);
      expect(r.degradation?.value.mode).toBe('normal');
    }
    expect(Object.values(o.traffic?.value.weights ?? {}).reduce((a, b) => a + b, 0)).toBe(100);
    expect(o.sources.every((s) => s.state === 'live')).toBe(true);
  });

  it('puts the burning ap-southeast checkout SLO among the critical risks, critical ones first', async () => {
    const o = await h.caller().overview.get();
    const checkout = o.slosAtRisk.find((s) => s.id === 'ap-southeast.checkout.availability');
    expect(checkout).toMatchObject({ state: 'critical' });
    expect(o.slosAtRisk[0]?.state).toBe('critical');
    expect(o.slosAtRisk.filter((s) => s.state === 'critical').every((s) => s.region === 'ap-southeast')).toBe(true);
  });
});

describe('series', () => {
  it('downsamples to at most maxPoints', async () => {
    const now = Date.now();
    const r = await h.caller().slo.series({ id: 'ap-southeast.checkout.availability', from: now - 2 * HOUR_MS, to: now, maxPoints: 30 });
    expect(r.points.length).toBeGreaterThan(10);
    expect(r.points.length).toBeLessThanOrEqual(30);
    expect(r.points.every((p) => p.value >= 0 && p.value <= 1)).toBe(true);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const e = await rejection(h.caller().kpi.series({ region: 'us-east', metric: 'orders', from: 10, to: 5, maxPoints: 100 }));
    expect(e.code).toBe('BAD_REQUEST');
  });

  it('answers an unknown SLO with NOT_FOUND', async () => {
    const e = await rejection(h.caller().slo.series({ id: 'nope', from: 0, to: 10, maxPoints: 100 }));
    expect(e.code).toBe('NOT_FOUND');
  });
});

describe('controls', () => {
  it('toggles a flag on the platform and the cache shows it at once', async () => {
    const before = (await h.caller().controls.get()).regions.find((r) => r.region === 'eu-west')?.flags?.value.find((f) => f.key === 'new-search-ranking');
    if (!before) throw new Error('demo flag missing');
    const after = await h.caller().controls.setFlag({ region: 'eu-west', key: before.key, enabled: !before.enabled, expectedVersion: before.version, reason: 'router test', idempotencyKey: key() });
    expect(after.enabled).toBe(!before.enabled);
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedBy).toBe('test-operator');
    const cached = (await h.caller().controls.get()).regions.find((r) => r.region === 'eu-west')?.flags?.value.find((f) => f.key === before.key);
    expect(cached?.enabled).toBe(!before.enabled);
  });

  it('reports a conflicting change instead of overwriting it', async () => {
    const flag = (await h.caller().controls.get()).regions[0]?.flags?.value[0];
    if (!flag) throw new Error('demo flag missing');
    await h.caller('on-call', 'alice').controls.setFlag({ region: 'us-east', key: flag.key, enabled: !flag.enabled, expectedVersion: flag.version, reason: 'first', idempotencyKey: key() });
    const e = await rejection(h.caller('on-call', 'bob').controls.setFlag({ region: 'us-east', key: flag.key, enabled: flag.enabled, expectedVersion: flag.version, reason: 'second', idempotencyKey: key() }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/alice/);
    expect(e.cause).toBeInstanceOf(ConflictCause);
  });

  it('applies a retried request once (idempotency key)', async () => {
    const split = (await h.caller().controls.get()).traffic?.value;
    if (!split) throw new Error('no traffic split');
    const request = { weights: { 'us-east': 40, 'eu-west': 35, 'ap-southeast': 25 }, expectedVersion: split.version, reason: 'idempotency test', idempotencyKey: key() };
    const first = await h.caller().controls.setTraffic(request);
    const again = await h.caller().controls.setTraffic(request);
    expect(again.version).toBe(first.version);
    expect(first.version).toBe(split.version + 1);
  });

  it('refuses invalid weights with a sentence naming the problem and changes nothing', async () => {
    const split = (await h.caller().controls.get()).traffic?.value;
    if (!split) throw new Error('no traffic split');
    const e = await rejection(h.caller().controls.setTraffic({ weights: { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 25 }, expectedVersion: split.version, reason: 'bad sum', idempotencyKey: key() }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toContain('traffic weights must sum to 100 (now 95)');
    const unknown = await rejection(h.caller().controls.setTraffic({ weights: { 'us-east': 40, 'eu-west': 30, mars: 30 }, expectedVersion: split.version, reason: 'bad region', idempotencyKey: key() }));
    expect(unknown.message).toContain('unknown region "mars"');
    const nan = await rejection(h.caller().controls.setTraffic({ weights: { 'us-east': Number.NaN, 'eu-west': 50, 'ap-southeast': 50 }, expectedVersion: split.version, reason: 'nan', idempotencyKey: key() }));
    expect(nan.code).toBe('BAD_REQUEST');
    const huge = await rejection(h.caller().controls.setTraffic({ weights: split.weights, expectedVersion: split.version, reason: 'x'.repeat(10_000_000), idempotencyKey: key() }));
    expect(huge.code).toBe('BAD_REQUEST');
    expect((await h.caller().controls.get()).traffic?.value.version).toBe(split.version);
  });

  it('lets a viewer change nothing, whatever procedure it calls', async () => {
    const viewer = h.caller('viewer');
    const write = { expectedVersion: 0, reason: 'viewer tries', idempotencyKey: key() };
    const attempts = [
      viewer.controls.setFlag({ ...write, region: 'us-east', key: 'kill-recommendations', enabled: true }),
      viewer.controls.setDegradation({ ...write, region: 'us-east', mode: 'degraded' }),
      viewer.controls.setTraffic({ ...write, weights: { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 } }),
      viewer.canary.act({ ...write, region: 'us-east', canaryId: 'search-4-3-0', action: 'abort' }),
    ];
    for (const a of attempts) expect((await rejection(a)).code).toBe('FORBIDDEN');
  });
});

describe('kpis and slos', () => {
  it('summarises each region against last week', async () => {
    const s = await h.caller().kpi.summary({ windowMs: HOUR_MS });
    expect(s.map((r) => r.region)).toEqual([...DEMO_REGIONS]);
    expect(s[0]?.current.sessions).toBeGreaterThan(0);
  });

  it('lists the built-in SLOs of every region', async () => {
    const list = await h.caller().slo.list();
    expect(list).toHaveLength(8 * DEMO_REGIONS.length);
    expect(list.every((s) => s.attainment !== null)).toBe(true);
  });
});
