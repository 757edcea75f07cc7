import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HealthSnapshot, PlatformError, RegionControls, SliBatch, TrafficSplit } from '../../shared/platform-api/index.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, call, getParsed, rangeQuery, testClock, writeEnvelope } from './test-support.js';

let platform: DemoPlatform;
beforeAll(async () => {
  platform = await startDemoPlatform({ scenario: 'steady', now: testClock().now });
});
afterAll(() => platform.close());
beforeEach(() => platform.faults.clear());

const healthUrl = (region: 'us-east' | 'eu-west') => `${platform.regionUrls[region]}/v1/health`;

describe('fault hooks', () => {
  it('malformed: valid JSON that breaks the schema, on that region and endpoint only', async () => {
    platform.faults.set('us-east', 'health', { kind: 'malformed' });
    const answer = await call(healthUrl('us-east'));
    expect(answer.status).toBe(200);
    expect(answer.json).toBeDefined();
    expect(HealthSnapshot.safeParse(answer.json).success).toBe(false);
    await expect(getParsed(healthUrl('eu-west'), HealthSnapshot)).resolves.toBeDefined();
    await expect(getParsed(`${platform.regionUrls['us-east']}/v1/controls`, RegionControls)).resolves.toBeDefined();
  });

  it('malformed works for minute batches and the traffic manager too', async () => {
    platform.faults.set('eu-west', 'sli', { kind: 'malformed' });
    platform.faults.set('global', 'traffic', { kind: 'malformed' });
    const sli = await call(`${platform.regionUrls['eu-west']}/v1/sli?${rangeQuery(T0 - 600_000, T0)}`);
    expect(SliBatch.safeParse(sli.json).success).toBe(false);
    const traffic = await call(`${platform.trafficManagerUrl}/v1/traffic`);
    expect(TrafficSplit.safeParse(traffic.json).success).toBe(false);
  });

  it('truncated: a body that is not JSON', async () => {
    platform.faults.set('us-east', 'health', { kind: 'truncated' });
    const answer = await call(healthUrl('us-east'));
    expect(answer.status).toBe(200);
    expect(answer.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('slow: answers correctly after the delay', async () => {
    platform.faults.set('eu-west', 'health', { kind: 'slow', delayMs: 300 });
    const started = performance.now();
    await getParsed(healthUrl('eu-west'), HealthSnapshot);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('error: 500 with a PlatformError body, and a faulted write is not applied', async () => {
    platform.faults.set('us-east', 'health', { kind: 'error' });
    const answer = await call(healthUrl('us-east'));
    expect(answer.status).toBe(500);
    expect(PlatformError.parse(answer.json).error).toBe('unavailable');

    platform.faults.set('global', 'traffic-write', { kind: 'error', status: 503 });
    const write = await call(`${platform.trafficManagerUrl}/v1/traffic`, {
      method: 'PUT',
      body: { ...writeEnvelope(1), weights: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 } },
    });
    expect(write.status).toBe(503);
    expect((await getParsed(`${platform.trafficManagerUrl}/v1/traffic`, TrafficSplit)).version).toBe(1);
  });

  it('times limits a fault to the next N requests; clear removes faults', async () => {
    platform.faults.set('us-east', 'health', { kind: 'error' }, { times: 2 });
    expect((await call(healthUrl('us-east'))).status).toBe(500);
    expect((await call(healthUrl('us-east'))).status).toBe(500);
    expect((await call(healthUrl('us-east'))).status).toBe(200);

    platform.faults.set('us-east', 'health', { kind: 'error' });
    platform.faults.set('eu-west', 'health', { kind: 'error' });
    expect(platform.faults.list()).toHaveLength(2);
    platform.faults.clear('us-east');
    expect((await call(healthUrl('us-east'))).status).toBe(200);
    expect((await call(healthUrl('eu-west'))).status).toBe(500);
    platform.faults.clear();
    expect((await call(healthUrl('eu-west'))).status).toBe(200);
  });

  it('a malformed answer to a write is a lost reply: the write applied, and an idempotent retry replays it', async () => {
    platform.faults.set('eu-west', 'degradation', { kind: 'truncated' }, { times: 1 });
    const url = `${platform.regionUrls['eu-west']}/v1/degradation`;
    const body = { ...writeEnvelope(1), mode: 'degraded' };
    const headers = { 'idempotency-key': 'lost-reply-1' };
    const lost = await call(url, { method: 'PUT', body, headers });
    expect(lost.json).toBeUndefined();
    const retry = await call(url, { method: 'PUT', body, headers });
    expect(retry.status).toBe(200);
    expect(retry.json).toMatchObject({ mode: 'degraded', version: 2 });
  });
});
