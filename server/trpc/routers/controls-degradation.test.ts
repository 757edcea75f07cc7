// Degradation mode and its live effect in the payments-brownout scenario (ap-southeast's payments failing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'payments-brownout' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

describe('degradationEffect', () => {
  it('shows the brownout’s checkout failures in the minutes before a change, and the change time', async () => {
    const view = await h.caller().controls.get();
    const current = view.regions.find((r) => r.region === 'ap-southeast')?.degradation?.value;
    if (!current) throw new Error('no degradation cached');
    const mode = await h.caller('on-call', 'alice').controls.setDegradation({ region: 'ap-southeast', mode: 'degraded', expectedVersion: current.version, reason: 'payments brownout', idempotencyKey: newKey() });
    const e = await h.caller('viewer').controls.degradationEffect({ region: 'ap-southeast' });
    expect(e).toMatchObject({ region: 'ap-southeast', mode: 'degraded', changedAt: mode.updatedAt });
    expect(e.before.minutes).toBe(10);
    expect(e.before.checkoutFailureRatio).toBeGreaterThan(0.015);
    expect(e.before.averageOrderValue).toBeGreaterThan(40);
    expect(e.before.ordersPerMinute).toBeGreaterThan(0);
    // Right after the change no complete minute has passed yet.
    expect(e.after.minutes).toBeLessThanOrEqual(1);
    expect((await h.caller().audit.list({ limit: 1 })).entries[0]).toMatchObject({ action: 'degradation.set', target: 'ap-southeast/degradation', before: { mode: 'normal' }, after: { mode: 'degraded' } });
  });

  it('refuses an unknown region with a sentence', async () => {
    const e = await rejection(h.caller().controls.degradationEffect({ region: 'mars' }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/unknown region "mars" \(known: us-east, eu-west, ap-southeast\)/);
  });
});
