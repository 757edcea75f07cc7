import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../shared/topology.js';
import { startHarness, type Harness } from '../testing/core-harness.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const status = (harness: Harness, id: string) => harness.core.poller.statuses().find((s) => s.id === id);

describe('feeds against the demo platform over HTTP', () => {
  it('never caches a payload that breaks the contract, and says why', async () => {
    h = await startHarness();
    await h.core.poller.pollAll();
    const before = h.cache.snapshots.load('us-east/health');
    h.demo.faults.set('us-east', 'health', { kind: 'malformed' });
    await h.core.poller.refresh('us-east/health');
    expect(status(h, 'us-east/health')?.lastError).toMatch(/breaks the platform contract: .+/);
    expect(status(h, 'us-east/health')?.state).toBe('stale');
    expect(h.cache.snapshots.load('us-east/health')).toEqual(before);
    // Other sources are unaffected.
    expect(status(h, 'eu-west/health')?.state).toBe('live');
  });

  it('treats a truncated body as a source error', async () => {
    h = await startHarness();
    h.demo.faults.set('eu-west', 'controls', { kind: 'truncated' });
    await h.core.poller.refresh('eu-west/controls');
    expect(status(h, 'eu-west/controls')?.lastError).toMatch(/not JSON/);
    expect(h.cache.snapshots.load('eu-west/controls')).toBeNull();
  });

  it('times out a slow platform with the limit in the message', async () => {
    h = await startHarness({ timeoutMs: 200 });
    h.demo.faults.set('ap-southeast', 'health', { kind: 'slow', delayMs: 2_000 });
    await h.core.poller.refresh('ap-southeast/health');
    expect(status(h, 'ap-southeast/health')?.lastError).toMatch(/no answer from .* within 200 ms/);
  });

  it('retries a 500 once and succeeds when the platform recovers', async () => {
    h = await startHarness();
    h.demo.faults.set('us-east', 'canaries', { kind: 'error', status: 500 }, { times: 1 });
    await h.core.poller.refresh('us-east/canary');
    expect(status(h, 'us-east/canary')).toMatchObject({ state: 'live', consecutiveFailures: 0 });
  });

  it('goes offline when the platform disappears, keeping the cached data', async () => {
    h = await startHarness();
    await h.core.poller.pollAll();
    const cached = (await h.caller().overview.get()).regions[0]?.health;
    await h.demo.close();
    for (let i = 0; i < 3; i++) await h.core.poller.refresh('us-east/health');
    const s = status(h, 'us-east/health');
    expect(s?.state).toBe('offline');
    expect(s?.breaker).toBe('open');
    expect(s?.lastError).toMatch(/cannot reach/);
    const o = await h.caller().overview.get();
    expect(o.regions[0]?.health).toEqual(cached);
  });

  it('shows the cache after a restart while the platform is down, with true ages', async () => {
    h = await startHarness();
    await h.core.poller.pollAll();
    const lastSuccess = status(h, 'us-east/health')?.lastSuccessAt;
    await h.demo.close();
    h.restartCore();
    const o = await h.caller().overview.get();
    expect(o.regions.every((r) => (r.health?.value.length ?? 0) === 10)).toBe(true);
    expect(o.sources.find((s) => s.id === 'us-east/health')?.lastSuccessAt).toBe(lastSuccess);
    await h.core.poller.refresh('us-east/health');
    expect(status(h, 'us-east/health')?.state).toBe('stale');
  });

  it('backfills history newest first, one day per request, until the configured depth', async () => {
    h = await startHarness({ historyDays: 2 });
    const sli = h.core.poller;
    await sli.refresh('us-east/sli');
    const deadline = Date.now() + 20_000;
    let oldest = Number.POSITIVE_INFINITY;
    while (Date.now() < deadline) {
      oldest = h.cache.coverage.load('us-east/sli')?.oldest ?? oldest;
      if (oldest <= Date.now() - 2 * DAY_MS + 60_000) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(oldest).toBeLessThanOrEqual(Date.now() - 2 * DAY_MS + 60_000);
    const total = h.cache.series.sumMinutes('us-east|checkout|sli.availability.total', oldest, Date.now());
    expect(total.minutes).toBeGreaterThan(2 * 24 * 60 - 5);
  });
});
