// Flags and degradation mode in every region at once, through the API against the demo platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_REGIONS_CONFIRMATION } from '../../../shared/controls-api.js';
import { DEMO_REGIONS } from '../../../shared/topology.js';
import { SafetyCause } from '../../services/controls-errors.js';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'steady' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

async function flagVersions(key: string): Promise<Record<string, number>> {
  const view = await h.caller().controls.get();
  return Object.fromEntries(view.regions.map((r) => [r.region, r.flags?.value.find((f) => f.key === key)?.version ?? -1]));
}
async function degradationVersions(): Promise<Record<string, number>> {
  const view = await h.caller().controls.get();
  return Object.fromEntries(view.regions.map((r) => [r.region, r.degradation?.value.version ?? -1]));
}
const recent = async (n: number) => (await h.caller().audit.list({ limit: n })).entries;

describe('setFlagEverywhere', () => {
  it('flips a flag in every region, each region audited on its own', async () => {
    const versions = await flagVersions('new-search-ranking');
    const outcomes = await h.caller('release-manager', 'rita').controls.setFlagEverywhere({ key: 'new-search-ranking', enabled: false, expectedVersions: versions, reason: 'ranking model regressed', idempotencyKey: newKey() });
    expect(outcomes.map((o) => [o.region, o.ok, o.value?.enabled, o.error])).toEqual(DEMO_REGIONS.map((r) => [r, true, false, null]));
    const entries = await recent(3);
    expect(entries.map((e) => e.target).sort()).toEqual(DEMO_REGIONS.map((r) => `${r}/flag/new-search-ranking`).sort());
    for (const e of entries) expect(e).toMatchObject({ action: 'flag.set-everywhere', result: 'applied', actor: 'rita', detail: 'part of an all-regions change', before: { enabled: true }, after: { enabled: false } });
  });

  it('asks to type the key of a kill switch', async () => {
    const versions = await flagVersions('kill-recommendations');
    const input = { key: 'kill-recommendations', enabled: true, expectedVersions: versions, reason: 'recommendations down everywhere', idempotencyKey: newKey() };
    for (const confirmation of [undefined, 'kill recommendations']) {
      const e = await rejection(h.caller().controls.setFlagEverywhere({ ...input, confirmation }));
      expect(e.code).toBe('PRECONDITION_FAILED');
      expect(e.message).toBe('type the flag key "kill-recommendations" to flip this kill switch in every region');
      expect(e.cause instanceof SafetyCause && e.cause.detail).toEqual({ violations: [], confirmationRequired: 'kill-recommendations' });
    }
    expect((await recent(1))[0]).toMatchObject({ action: 'flag.set-everywhere', target: '*/flag/kill-recommendations', result: 'refused' });
    expect(await flagVersions('kill-recommendations')).toEqual(versions);
    const outcomes = await h.caller().controls.setFlagEverywhere({ ...input, confirmation: 'kill-recommendations' });
    expect(outcomes.every((o) => o.ok && o.value?.enabled === true)).toBe(true);
  });

  it('reports a region changed meanwhile as a conflict and still applies the others', async () => {
    const versions = await flagVersions('guest-checkout');
    await h.caller('on-call', 'alice').controls.setFlag({ region: 'eu-west', key: 'guest-checkout', enabled: false, expectedVersion: versions['eu-west'] ?? 0, reason: 'eu-west only', idempotencyKey: newKey() });
    const outcomes = await h.caller('on-call', 'bob').controls.setFlagEverywhere({ key: 'guest-checkout', enabled: false, expectedVersions: versions, reason: 'everywhere', idempotencyKey: newKey() });
    const eu = outcomes.find((o) => o.region === 'eu-west');
    expect(eu).toMatchObject({ ok: false, value: null });
    expect(eu?.error).toMatch(/changed by alice/);
    expect(outcomes.filter((o) => o.ok).map((o) => o.region).sort()).toEqual(['ap-southeast', 'us-east']);
    const entries = await recent(3);
    expect(entries.find((e) => e.target === 'eu-west/flag/guest-checkout')?.result).toBe('conflict');
  });

  it('needs the version of every region, and changes nothing without', async () => {
    const versions = await flagVersions('checkout-v2-ui');
    const { 'ap-southeast': _left, ...partial } = versions;
    const e = await rejection(h.caller().controls.setFlagEverywhere({ key: 'checkout-v2-ui', enabled: true, expectedVersions: partial, reason: 'partial', idempotencyKey: newKey() }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toBe('expectedVersions must name every region (missing: ap-southeast)');
    const extra = await rejection(h.caller().controls.setFlagEverywhere({ key: 'checkout-v2-ui', enabled: true, expectedVersions: { ...versions, mars: 1 }, reason: 'extra', idempotencyKey: newKey() }));
    expect(extra.message).toMatch(/unknown region "mars"/);
    expect(await flagVersions('checkout-v2-ui')).toEqual(versions);
  });

  it('keeps a regional manager to single regions', async () => {
    const versions = await flagVersions('checkout-v2-ui');
    const e = await rejection(h.caller('regional-manager', 'rosa', ['eu-west']).controls.setFlagEverywhere({ key: 'checkout-v2-ui', enabled: true, expectedVersions: versions, reason: 'all of them', idempotencyKey: newKey() }));
    expect(e.code).toBe('FORBIDDEN');
    expect((await recent(1))[0]).toMatchObject({ actor: 'rosa', result: 'refused' });
  });
});

describe('setDegradationEverywhere', () => {
  it('always asks for the typed confirmation, then applies per region', async () => {
    const versions = await degradationVersions();
    const input = { mode: 'degraded' as const, expectedVersions: versions, reason: 'promotions outage everywhere', idempotencyKey: newKey() };
    for (const confirmation of [undefined, 'all-regions', 'us-east']) {
      const e = await rejection(h.caller().controls.setDegradationEverywhere({ ...input, confirmation }));
      expect(e.code).toBe('PRECONDITION_FAILED');
      expect(e.cause instanceof SafetyCause && e.cause.detail.confirmationRequired).toBe(ALL_REGIONS_CONFIRMATION);
    }
    expect(await degradationVersions()).toEqual(versions);
    const outcomes = await h.caller().controls.setDegradationEverywhere({ ...input, confirmation: ALL_REGIONS_CONFIRMATION });
    expect(outcomes.every((o) => o.ok && o.value?.mode === 'degraded')).toBe(true);
    const entries = await recent(3);
    expect(entries.map((e) => e.target).sort()).toEqual(DEMO_REGIONS.map((r) => `${r}/degradation`).sort());
    expect(entries.every((e) => e.action === 'degradation.set-everywhere' && e.result === 'applied')).toBe(true);
  });

  it('is on-call only', async () => {
    const versions = await degradationVersions();
    for (const role of ['release-manager', 'regional-manager', 'viewer'] as const) {
      const e = await rejection(h.caller(role).controls.setDegradationEverywhere({ mode: 'normal', expectedVersions: versions, reason: 'not mine', idempotencyKey: newKey(), confirmation: ALL_REGIONS_CONFIRMATION }));
      expect(e.code, role).toBe('FORBIDDEN');
    }
  });
});

describe('per-region changes by a regional manager', () => {
  it('works in its region and is refused elsewhere', async () => {
    const versions = await degradationVersions();
    const rosa = h.caller('regional-manager', 'rosa', ['eu-west']);
    const ok = await rosa.controls.setDegradation({ region: 'eu-west', mode: 'normal', expectedVersion: versions['eu-west'] ?? 0, reason: 'eu-west recovered', idempotencyKey: newKey() });
    expect(ok.mode).toBe('normal');
    const e = await rejection(rosa.controls.setDegradation({ region: 'us-east', mode: 'normal', expectedVersion: versions['us-east'] ?? 0, reason: 'not my region', idempotencyKey: newKey() }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toBe('this regional manager cannot change checkout degradation mode in us-east (its regions: eu-west); ask an on-call engineer');
  });
});
