import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeatureFlag, PlatformError, RegionControls, TrafficSplit } from '../../shared/platform-api/index.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, call, getParsed, testClock, writeEnvelope } from './test-support.js';

let platform: DemoPlatform;
let clock: ReturnType<typeof testClock>;
beforeAll(async () => {
  clock = testClock();
  platform = await startDemoPlatform({ scenario: 'steady', now: clock.now });
});
afterAll(() => platform.close());

const trafficUrl = () => `${platform.trafficManagerUrl}/v1/traffic`;
const flagUrl = (key: string) => `${platform.regionUrls['eu-west']}/v1/flags/${key}`;
const message = (json: unknown) => PlatformError.parse(json).message;

describe('optimistic concurrency', () => {
  it('stamps each applied write and refuses a stale expectedVersion with 409 and the current resource', async () => {
    clock.advance(1_000);
    const first = await call(flagUrl('checkout-v2-ui'), { method: 'PUT', body: { expectedVersion: 1, actor: 'alice', reason: 'ramp v2 UI', enabled: true } });
    expect(FeatureFlag.parse(first.json)).toMatchObject({ version: 2, enabled: true, updatedBy: 'alice', reason: 'ramp v2 UI', updatedAt: T0 + 1_000 });

    const stale = await call(flagUrl('checkout-v2-ui'), { method: 'PUT', body: { expectedVersion: 1, actor: 'bob', reason: 'turn off', enabled: false } });
    expect(stale.status).toBe(409);
    const body = PlatformError.parse(stale.json);
    expect(body.error).toBe('version_conflict');
    expect(body.message).toContain('changed by alice at 2025-03-12T12:00:01.000Z: ramp v2 UI');
    expect(FeatureFlag.parse(body.current)).toMatchObject({ version: 2, enabled: true });

    const controls = await getParsed(`${platform.regionUrls['eu-west']}/v1/controls`, RegionControls);
    expect(controls.flags.find((f) => f.key === 'checkout-v2-ui')?.enabled).toBe(true);
    // Other regions have their own flags.
    const us = await getParsed(`${platform.regionUrls['us-east']}/v1/controls`, RegionControls);
    expect(us.flags.find((f) => f.key === 'checkout-v2-ui')).toMatchObject({ version: 1, enabled: false });
  });
});

describe('idempotency', () => {
  it('replays the first answer for a repeated key and applies the change once', async () => {
    const current = await getParsed(trafficUrl(), TrafficSplit);
    const body = { ...writeEnvelope(current.version), weights: { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 } };
    const headers = { 'idempotency-key': 'shift-0001' };
    const first = await call(trafficUrl(), { method: 'PUT', body, headers });
    clock.advance(5_000);
    const again = await call(trafficUrl(), { method: 'PUT', body: { weights: body.weights, reason: body.reason, actor: body.actor, expectedVersion: body.expectedVersion }, headers });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await getParsed(trafficUrl(), TrafficSplit)).version).toBe(current.version + 1);
  });

  it('refuses a key reused for a different request', async () => {
    const current = await getParsed(trafficUrl(), TrafficSplit);
    const headers = { 'idempotency-key': 'shift-0002' };
    const weights = { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 };
    expect((await call(trafficUrl(), { method: 'PUT', body: { ...writeEnvelope(current.version), weights }, headers })).status).toBe(200);
    const other = await call(trafficUrl(), { method: 'PUT', body: { ...writeEnvelope(current.version + 1), weights: { ...weights, 'us-east': 50, 'eu-west': 20 } }, headers });
    expect(other.status).toBe(400);
    expect(message(other.json)).toContain('Idempotency-Key');
    expect((await getParsed(trafficUrl(), TrafficSplit)).weights).toEqual(weights);
  });

  it('does not remember refused writes, so a fixed request can reuse the key', async () => {
    const current = await getParsed(trafficUrl(), TrafficSplit);
    const headers = { 'idempotency-key': 'shift-0003' };
    const bad = await call(trafficUrl(), { method: 'PUT', body: { ...writeEnvelope(current.version - 1), weights: current.weights }, headers });
    expect(bad.status).toBe(409);
    const good = await call(trafficUrl(), { method: 'PUT', body: { ...writeEnvelope(current.version), weights: current.weights }, headers });
    expect(good.status).toBe(200);
  });
});

describe('validation', () => {
  const weightsBody = async (weights: unknown) => ({ ...writeEnvelope((await getParsed(trafficUrl(), TrafficSplit)).version), weights });

  it.each([
    ['weights not summing to 100', { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 25 }, 'weights: must sum to 100 (now 95)'],
    ['NaN as a string', { 'us-east': 'NaN', 'eu-west': 50, 'ap-southeast': 50 }, 'weights.us-east'],
    ['an unknown region', { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 20, mars: 10 }, 'weights.mars: not a region'],
    ['a missing region', { 'us-east': 50, 'eu-west': 50 }, 'weights.ap-southeast: missing'],
    ['a fractional weight', { 'us-east': 40.5, 'eu-west': 29.5, 'ap-southeast': 30 }, 'weights.us-east'],
  ])('refuses %s with 400 naming the field', async (_name, weights, expected) => {
    const before = await getParsed(trafficUrl(), TrafficSplit);
    const answer = await call(trafficUrl(), { method: 'PUT', body: await weightsBody(weights) });
    expect(answer.status).toBe(400);
    expect(PlatformError.parse(answer.json).error).toBe('invalid');
    expect(message(answer.json)).toContain(expected);
    expect(await getParsed(trafficUrl(), TrafficSplit)).toEqual(before);
  });

  it('refuses an expiry in the past', async () => {
    const body = { ...(await weightsBody({ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 })), expiresAt: clock.now() - 1 };
    const answer = await call(trafficUrl(), { method: 'PUT', body });
    expect(answer.status).toBe(400);
    expect(message(answer.json)).toContain('expiresAt');
  });

  it.each([
    ['not JSON', '{"expectedVersion": 1,', 'body: not valid JSON'],
    ['a missing actor', { expectedVersion: 1, reason: 'x', enabled: true }, 'actor'],
    ['a non-boolean enabled', { ...writeEnvelope(1), enabled: 'yes' }, 'enabled'],
    ['an empty reason', { expectedVersion: 1, actor: 'a', reason: '', enabled: true }, 'reason'],
  ])('refuses a flag write with %s', async (_name, body, expected) => {
    const answer = await call(flagUrl('guest-checkout'), { method: 'PUT', body });
    expect(answer.status).toBe(400);
    expect(message(answer.json)).toContain(expected);
  });

  it('refuses an unknown degradation mode, flag, canary and canary action', async () => {
    const base = platform.regionUrls['us-east'];
    const mode = await call(`${base}/v1/degradation`, { method: 'PUT', body: { ...writeEnvelope(1), mode: 'panic' } });
    expect([mode.status, message(mode.json)]).toEqual([400, expect.stringContaining('mode')]);
    expect((await call(`${base}/v1/flags/no-such-flag`, { method: 'PUT', body: { ...writeEnvelope(1), enabled: true } })).status).toBe(404);
    expect((await call(`${base}/v1/canaries/nope/actions`, { method: 'POST', body: { ...writeEnvelope(1), action: 'abort' } })).status).toBe(404);
    const action = await call(`${base}/v1/canaries/search-4.3.0/actions`, { method: 'POST', body: { ...writeEnvelope(1), action: 'rollback' } });
    expect(action.status).toBe(400);
    const resume = await call(`${base}/v1/canaries/search-4.3.0/actions`, { method: 'POST', body: { ...writeEnvelope(1), action: 'resume' } });
    expect([resume.status, message(resume.json)]).toEqual([400, expect.stringContaining('not paused')]);
  });

  it('refuses bad minute ranges', async () => {
    const base = `${platform.regionUrls['us-east']}/v1/sli`;
    const cases: [string, string][] = [
      ['', 'from: required'],
      [`from=${T0 + 1}&to=${T0 + 60_000}`, 'from: must be a whole minute'],
      [`from=${T0}&to=${T0}`, 'to: must be after from'],
      [`from=${T0 - 3 * 86_400_000}&to=${T0}`, 'at most two days'],
      [`from=NaN&to=${T0}`, 'from: must be epoch milliseconds'],
    ];
    for (const [query, expected] of cases) {
      const answer = await call(`${base}?${query}`);
      expect(answer.status).toBe(400);
      expect(message(answer.json)).toContain(expected);
    }
  });

  it('answers 404 for unknown routes and regions', async () => {
    const unknown = await call(`${platform.origin}/regions/us-east/v2/health`);
    expect([unknown.status, unknown.json]).toEqual([404, expect.objectContaining({ error: 'not_found' })]);
    const region = await call(`${platform.origin}/regions/mars/v1/controls`);
    expect(region.status).toBe(404);
    expect(message(region.json)).toContain('unknown region "mars"');
  });
});
