import { describe, expect, it } from 'vitest';
import type { FeedKind, SourceState, SourceStatus } from '../../../shared/console-api.js';
import { deriveBanner } from './source-banner.js';

const NOW = Date.UTC(2025, 0, 5, 17, 5, 0);

function source(region: string, feed: FeedKind, state: SourceState, lastSuccessAt: number | null): SourceStatus {
  return {
    id: `${region}/${feed}`,
    region,
    feed,
    url: `http://platform/${region}`,
    state,
    lastSuccessAt,
    lastAttemptAt: NOW,
    lastError: state === 'live' ? null : 'connect ECONNREFUSED',
    consecutiveFailures: state === 'live' ? 0 : 4,
    breaker: state === 'offline' ? 'open' : 'closed',
  };
}

describe('deriveBanner', () => {
  it('is silent while every source is live or still pending', () => {
    expect(deriveBanner([source('us-east', 'health', 'live', NOW), source('eu-west', 'kpi', 'pending', null)], NOW)).toBeNull();
    expect(deriveBanner([], NOW)).toBeNull();
  });

  it('names the offline source, since when, and how old the cached data is', () => {
    const banner = deriveBanner([source('eu-west', 'health', 'offline', Date.UTC(2025, 0, 5, 17, 2, 0))], NOW, 'UTC');
    expect(banner).toEqual({
      level: 'offline',
      lines: [
        {
          level: 'offline',
          sourceIds: ['eu-west/health'],
          text: 'Platform unreachable for eu-west/health since 17:02 — showing cached data from 3 min ago',
        },
      ],
    });
  });

  it('groups a region and reports its oldest data', () => {
    const banner = deriveBanner(
      [
        source('eu-west', 'sli', 'offline', NOW - 60_000),
        source('eu-west', 'health', 'offline', NOW - 5 * 60_000),
        source('us-east', 'health', 'live', NOW),
      ],
      NOW,
      'UTC',
    );
    expect(banner?.lines).toHaveLength(1);
    expect(banner?.lines[0]?.text).toBe(
      'Platform unreachable for eu-west (health, sli) since 17:00 — showing cached data from 5 min ago',
    );
  });

  it('puts offline before stale and ranks the banner by the worst', () => {
    const banner = deriveBanner(
      [source('us-east', 'kpi', 'stale', NOW - 90_000), source('eu-west', 'health', 'offline', null)],
      NOW,
      'UTC',
    );
    expect(banner?.level).toBe('offline');
    expect(banner?.lines.map((l) => l.text)).toEqual([
      'Platform unreachable for eu-west/health — no cached data yet',
      'Data for us-east/kpi is stale since 17:03 — showing cached data from 1 min ago',
    ]);
  });

  it('keeps its text steady within the first minute, because it is an alert', () => {
    const banner = deriveBanner([source('us-east', 'sli', 'stale', NOW - 12_000)], NOW, 'UTC');
    expect(banner?.lines[0]?.text).toBe('Data for us-east/sli is stale since 17:04 — showing cached data from under a minute ago');
  });

  it('is amber when nothing is offline', () => {
    expect(deriveBanner([source('global', 'traffic', 'stale', NOW - 30_000)], NOW, 'UTC')?.level).toBe('stale');
  });
});
