import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiBatch, SliBatch } from '../../shared/platform-api/index.js';
import { DAY_MS } from '../../shared/topology.js';
import { startDemoPlatform } from './index.js';
import type { DemoPlatform } from './index.js';
import { T0, getParsed, rangeQuery, sum } from './test-support.js';

let platform: DemoPlatform;
beforeAll(async () => {
  platform = await startDemoPlatform({ scenario: 'payments-brownout', now: () => T0 });
});
afterAll(() => platform.close());

describe('history', () => {
  it('serves a whole day of SLIs for one region, 30 days back, from the first request', async () => {
    const from = T0 - 30 * DAY_MS;
    const sli = await getParsed(`${platform.regionUrls['ap-southeast']}/v1/sli?${rangeQuery(from, from + DAY_MS)}`, SliBatch);
    expect(sli.series.every((s) => s.total.length === 1440)).toBe(true);
    const gateway = sli.series.find((s) => s.service === 'gateway' && s.sli === 'availability');
    expect(gateway && Math.min(...gateway.total)).toBeGreaterThan(0);
  });

  it('follows local time of day: ap-southeast is busiest in its evening, quietest before dawn', async () => {
    // T0 - 1 day is 12:00 UTC = 20:00 in Singapore; 20:00 UTC = 04:00.
    const day = T0 - DAY_MS;
    const kpis = await getParsed(`${platform.regionUrls['ap-southeast']}/v1/kpis?${rangeQuery(day, day + DAY_MS)}`, KpiBatch);
    const hour = (h: number) => sum(kpis.counters.sessions.slice(h * 60, h * 60 + 60));
    expect(hour(0)).toBeGreaterThan(5 * hour(8));
    const conversion = sum(kpis.counters.orders) / sum(kpis.counters.sessions);
    expect(conversion).toBeGreaterThan(0.02);
    expect(conversion).toBeLessThan(0.03);
    const aov = sum(kpis.counters.revenue) / sum(kpis.counters.orders);
    expect(aov).toBeGreaterThan(75);
    expect(aov).toBeLessThan(85);
  });

  it('reports the minute in progress as partial and the future as empty', async () => {
    const kpis = await getParsed(`${platform.regionUrls['us-east']}/v1/kpis?${rangeQuery(T0 - 60_000, T0 + 120_000)}`, KpiBatch);
    const [past, inProgress, future] = kpis.counters.sessions;
    expect(past).toBeGreaterThan(0);
    expect(inProgress).toBe(0); // the clock stands exactly at T0: nothing of that minute has happened yet
    expect(future).toBe(0);
  });
});
