// Traffic weights in the region-outage scenario (eu-west's gateway failing), through the API against the demo
// platform. The tests run in order: each starts from the split the previous one left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { MINUTE_MS } from '../../../shared/topology.js';
import { SafetyCause } from '../../services/controls-errors.js';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'region-outage' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

const split = async () => {
  const t = (await h.caller().controls.get()).traffic;
  if (!t) throw new Error('no traffic split cached');
  return t;
};
const lastAudit = async () => (await h.caller().audit.list({ limit: 1 })).entries[0];
const w = (us: number, eu: number, ap: number) => ({ 'us-east': us, 'eu-west': eu, 'ap-southeast': ap });

describe('previewTraffic', () => {
  it('shows each region’s health, load now and after, and headroom', async () => {
    const p = await h.caller('viewer').controls.previewTraffic({ weights: w(50, 10, 40) });
    expect(p.problems).toEqual([]);
    expect(p.violations).toEqual([]);
    expect(p.confirmationRequired).toBeNull();
    const eu = p.regions.find((r) => r.region === 'eu-west');
    const us = p.regions.find((r) => r.region === 'us-east');
    expect(eu).toMatchObject({ weightBefore: 30, weightAfter: 10, status: 'fail' });
    expect(us).toMatchObject({ weightBefore: 40, weightAfter: 50 });
    expect(us?.rpsAfter).toBeCloseTo((us?.rpsNow ?? 0) * 1.25, 6);
    // Capacity is 1.5 × the peak seen; a fresh cache has seen only now, so +25 % load leaves 1 - 1.25/1.5.
    expect(us?.headroomAfter).toBeCloseTo(1 - 1.25 / 1.5, 6);
    expect(eu?.rpsAfter).toBeCloseTo((eu?.rpsNow ?? 0) / 3, 6);
  });

  it('names every rule a change breaks and the regions to type', async () => {
    const p = await h.caller().controls.previewTraffic({ weights: w(100, 0, 0) });
    expect(p.violations.map((v) => v.rule)).toEqual(['min-regions-with-traffic', 'max-points-per-change']);
    expect(p.violations[1]?.message).toContain('this moves 60');
    expect(p.confirmationRequired).toBe('eu-west, ap-southeast');
    const into = await h.caller().controls.previewTraffic({ weights: w(35, 35, 30) });
    expect(into.violations).toEqual([
      { rule: 'no-traffic-into-failing-region', message: 'eu-west is failing (gateway: fail) and may not receive more traffic (30 → 35)' },
    ]);
  });

  it('reports input problems instead of rules', async () => {
    const p = await h.caller().controls.previewTraffic({ weights: w(40, 30, 25) });
    expect(p.problems).toEqual(['traffic weights must sum to 100 (now 95)']);
    expect(p.violations).toEqual([]);
  });
});

describe('setTraffic', () => {
  it('moves 20 points away from the failing region and records it', async () => {
    const before = await split();
    const after = await h.caller('on-call', 'alice').controls.setTraffic({ weights: w(50, 10, 40), expectedVersion: before.value.version, reason: 'eu-west gateway failing', idempotencyKey: newKey() });
    expect(after.weights).toEqual(w(50, 10, 40));
    expect(after.version).toBe(before.value.version + 1);
    expect(await lastAudit()).toMatchObject({
      actor: 'alice', role: 'on-call', action: 'traffic.set', target: 'global/traffic', result: 'applied', override: false,
      reason: 'eu-west gateway failing', before: { weights: w(40, 30, 30), version: before.value.version }, after: { weights: w(50, 10, 40) },
    });
  });

  it('asks for the drained region’s name, and applies once it is typed', async () => {
    const s = await split();
    const input = { weights: w(55, 0, 45), expectedVersion: s.value.version, reason: 'drain eu-west', idempotencyKey: newKey() };
    for (const confirmation of [undefined, 'EU-WEST', 'us-east']) {
      const e = await rejection(h.caller().controls.setTraffic({ ...input, confirmation }));
      expect(e.code).toBe('PRECONDITION_FAILED');
      expect(e.message).toBe('type "eu-west" to confirm draining eu-west to 0');
      expect(e.cause).toBeInstanceOf(SafetyCause);
      expect(e.cause instanceof SafetyCause && e.cause.detail).toEqual({ violations: [], confirmationRequired: 'eu-west' });
    }
    expect(await lastAudit()).toMatchObject({ result: 'refused', detail: 'type "eu-west" to confirm draining eu-west to 0' });
    expect((await split()).value.version).toBe(s.value.version);
    const after = await h.caller().controls.setTraffic({ ...input, confirmation: ' eu-west ' });
    expect(after.weights).toEqual(w(55, 0, 45));
  });

  it('refuses draining a second region, naming the rules, and records the refusal', async () => {
    const s = await split();
    const e = await rejection(h.caller().controls.setTraffic({ weights: w(100, 0, 0), expectedVersion: s.value.version, reason: 'all to us-east', idempotencyKey: newKey(), confirmation: 'ap-southeast' }));
    expect(e.code).toBe('PRECONDITION_FAILED');
    expect(e.message).toMatch(/^refused by safety rule min-regions-with-traffic: at least 2 regions must keep traffic \(this leaves 1: us-east\); refused by safety rule max-points-per-change: at most 25 points/);
    expect(e.message).toContain('as on-call you may override it with a reason');
    expect(e.cause instanceof SafetyCause && e.cause.detail.violations.map((v) => v.rule)).toEqual(['min-regions-with-traffic', 'max-points-per-change']);
    expect(e.cause instanceof SafetyCause && e.cause.detail.confirmationRequired).toBeNull();
    expect(await lastAudit()).toMatchObject({ result: 'refused', action: 'traffic.set', after: { requested: { weights: w(100, 0, 0) } } });
    expect((await split()).value.version).toBe(s.value.version);
  });

  it('lets on-call break the glass with a reason, flagged in the audit log with the rules it overrode', async () => {
    const s = await split();
    const after = await h.caller('on-call', 'alice').controls.setTraffic({
      weights: w(100, 0, 0), expectedVersion: s.value.version, reason: 'ap-southeast about to fail too', idempotencyKey: newKey(), confirmation: 'ap-southeast',
      override: { reason: 'incident commander approved' },
    });
    expect(after.weights).toEqual(w(100, 0, 0));
    const entry = await lastAudit();
    expect(entry).toMatchObject({ result: 'applied', override: true });
    expect(entry?.detail).toBe('break-glass override of min-regions-with-traffic, max-points-per-change: incident commander approved');
    expect((await h.caller().audit.list({ overrideOnly: true, limit: 10 })).entries.map((e) => e.seq)).toEqual([entry?.seq]);
  });

  it('keeps a viewer out, even with an override, and records the attempt', async () => {
    const s = await split();
    for (const override of [undefined, { reason: 'let me' }]) {
      const e = await rejection(h.caller('viewer', 'vic').controls.setTraffic({ weights: w(50, 0, 50), expectedVersion: s.value.version, reason: 'viewer tries', idempotencyKey: newKey(), confirmation: 'x', override }));
      expect(e.code).toBe('FORBIDDEN');
      expect(await lastAudit()).toMatchObject({ actor: 'vic', role: 'viewer', result: 'refused', detail: 'the viewer role cannot move region traffic; ask someone with the on-call role' });
    }
  });

  it('shows a conflicting change (who changed it) instead of overwriting it', async () => {
    const s = await split();
    const e = await rejection(h.caller('on-call', 'bob').controls.setTraffic({ weights: w(90, 0, 10), expectedVersion: s.value.version - 1, reason: 'stale view', idempotencyKey: newKey() }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/changed by alice .*ap-southeast about to fail too/);
    expect(await lastAudit()).toMatchObject({ actor: 'bob', result: 'conflict', after: { current: { version: s.value.version } } });
    expect((await split()).value.version).toBe(s.value.version);
  });

  it('records a platform failure as failed and says what to do', async () => {
    const s = await split();
    h.demo.faults.set('global', 'traffic-write', { kind: 'error', status: 503 });
    try {
      const e = await rejection(h.caller().controls.setTraffic({ weights: w(90, 0, 10), expectedVersion: s.value.version, reason: 'platform down', idempotencyKey: newKey() }));
      expect(e.code).toBe('BAD_GATEWAY');
      expect(e.message).toMatch(/Nothing was changed; try again/);
    } finally {
      h.demo.faults.clear();
    }
    expect(await lastAudit()).toMatchObject({ result: 'failed' });
  });
});

describe('known-good and revert', () => {
  it('knows the split before the last change made through Meridian', async () => {
    const t = await split();
    expect(t.knownGood?.weights).toEqual(w(55, 0, 45));
  });

  it('reverts to it under the same rules: refused without break glass, applied with it', async () => {
    const s = await split();
    const input = { expectedVersion: s.value.version, reason: 'back to known-good', idempotencyKey: newKey() };
    const e = await rejection(h.caller().controls.revertTraffic(input));
    expect(e.code).toBe('PRECONDITION_FAILED');
    expect(e.message).toMatch(/max-points-per-change/);
    const after = await h.caller().controls.revertTraffic({ ...input, override: { reason: 'restore quickly' } });
    expect(after.weights).toEqual(w(55, 0, 45));
    expect(await lastAudit()).toMatchObject({ action: 'traffic.revert', result: 'applied', override: true });
    // A revert is not a new known-good point.
    expect((await split()).knownGood?.weights).toEqual(w(55, 0, 45));
    const again = await rejection(h.caller().controls.revertTraffic({ expectedVersion: after.version, reason: 'again', idempotencyKey: newKey() }));
    expect(again.message).toBe('traffic is already at the known-good split; nothing to revert');
  });

  it('refuses a viewer’s revert and records it', async () => {
    const s = await split();
    expect((await rejection(h.caller('viewer').controls.revertTraffic({ expectedVersion: s.value.version, reason: 'viewer', idempotencyKey: newKey() }))).code).toBe('FORBIDDEN');
    expect(await lastAudit()).toMatchObject({ action: 'traffic.revert', result: 'refused', role: 'viewer' });
  });
});

describe('temporary shifts', () => {
  it('sends an expiry the platform reverts on its own, and a retry applies once', async () => {
    const s = await split();
    const input = { weights: w(60, 0, 40), expectedVersion: s.value.version, reason: 'short test shift', idempotencyKey: newKey(), expiresInMinutes: 30 };
    const t0 = Date.now();
    const first = await h.caller().controls.setTraffic(input);
    expect(first.expiresAt).toBeGreaterThanOrEqual(t0 + 30 * MINUTE_MS - 1_000);
    expect(first.expiresAt).toBeLessThanOrEqual(Date.now() + 30 * MINUTE_MS);
    expect(first.revertTo).toEqual(w(55, 0, 45));
    const again = await h.caller().controls.setTraffic(input);
    expect(again).toEqual(first);
    expect((await lastAudit())?.detail).toMatch(/^a retry of entry \d+ \(same idempotency key\)/);
    // The retry changed nothing, so the known-good split is still the one before the shift.
    expect((await split()).knownGood?.weights).toEqual(w(55, 0, 45));
  });
});

describe('malformed input changes nothing', () => {
  it('refuses bad weights and a huge reason with clear errors, without recording them', async () => {
    const s = await split();
    const entries = (await h.caller().audit.verify()).entries;
    const base = { expectedVersion: s.value.version, reason: 'malformed', idempotencyKey: newKey() };
    const cases: Array<[Record<string, number>, RegExp]> = [
      [w(40, 30, 25), /traffic weights must sum to 100 \(now 95\)/],
      [w(-10, 60, 50), /weights\.us-east/],
      [w(Number.NaN, 50, 50), /weights\.us-east/],
      [{ 'us-east': 40, 'eu-west': 30, mars: 30 }, /unknown region "mars"/],
      [w(33.5, 33.5, 33), /weights\.us-east/],
    ];
    for (const [weights, message] of cases) {
      const e = await rejection(h.caller().controls.setTraffic({ ...base, weights }));
      expect(e.code, JSON.stringify(weights)).toBe('BAD_REQUEST');
      // Over HTTP the error formatter turns zod issues into "weights.us-east: …"; a caller sees the issues.
      const text = e.cause instanceof ZodError ? e.cause.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : e.message;
      expect(text).toMatch(message);
    }
    const stale = await rejection(h.caller().controls.setTraffic({ ...base, expectedVersion: 1, weights: w(40, 30, 25) }));
    expect(stale.code).toBe('BAD_REQUEST');
    const huge = await rejection(h.caller().controls.setTraffic({ ...base, weights: s.value.weights, reason: 'x'.repeat(10_000_000) }));
    expect(huge.code).toBe('BAD_REQUEST');
    await h.core.poller.refresh('global/traffic');
    expect((await split()).value.version).toBe(s.value.version);
    expect((await h.caller().audit.verify()).entries).toBe(entries);
  });
});
