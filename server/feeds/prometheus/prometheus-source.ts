// A Prometheus-compatible API as a feed source: for each SLI bound to it, range queries at one-minute steps
// whose answers are written as good/total minute counts into the same series the SLO engine reads.
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/topology.js';
import type { Cache } from '../../store/cache.js';
import type { FeedSource } from '../feed-source.js';
import { fetchTargetMinutes } from './fetch-target.js';
import type { MinuteCounts } from './minute-values.js';
import type { PrometheusEndpoint } from './prometheus-client.js';
import { queryRange } from './prometheus-client.js';
import type { PrometheusSourceConfig } from './prometheus-config.js';
import type { PrometheusTarget } from './prometheus-target.js';

export interface PrometheusSourceContext {
  cache: Cache;
  intervalMs: number;
  /** Per request, unless the source config sets its own. */
  timeoutMs: number;
  historyDays: number;
  /** The SLIs to fetch, asked on every poll: imports can bind new SLOs to a source while it runs. */
  targets: () => PrometheusTarget[];
}

/**
 * Re-read this much of the recent past on every poll: Prometheus answers the newest minute from whatever
 * samples were scraped so far, and late scrapes (or remote-write) fill it in afterwards.
 */
export const REFETCH_MS = 10 * MINUTE_MS;
/** First contact reads two hours at once, so the 1 h and 2 h windows have data immediately. */
const FIRST_CONTACT_MS = 2 * HOUR_MS;
/** A poll after a long outage catches up this far; backfill fetches the rest. */
const MAX_CATCH_UP_MS = 2 * DAY_MS;

export const prometheusSourceId = (id: string) => `prometheus/${id}`;
const coverageId = (sourceId: string, target: PrometheusTarget) => `${sourceId}|${target.id}`;

export function prometheusSource(ctx: PrometheusSourceContext, config: PrometheusSourceConfig): FeedSource {
  const id = prometheusSourceId(config.id);
  const endpoint: PrometheusEndpoint = { name: `prometheus ${config.id}`, baseUrl: config.baseUrl, bearerToken: config.bearerToken, timeoutMs: config.timeoutMs ?? ctx.timeoutMs };

  /** Fetches every range first, then writes them in one transaction: a failed query leaves the cache as it was. */
  async function fetchAndStore(ranges: Array<{ target: PrometheusTarget; from: number; to: number }>): Promise<void> {
    const fetched: Array<{ target: PrometheusTarget; from: number; to: number; rows: MinuteCounts[] }> = [];
    for (const r of ranges) fetched.push({ ...r, rows: await fetchTargetMinutes(endpoint, r.target, r.from, r.to) });
    ctx.cache.series.transaction(() => {
      for (const f of fetched) {
        ctx.cache.series.write(f.rows.map((m) => ({ key: f.target.goodKey, ts: m.ts, value: m.good })), 'counter', '1m');
        ctx.cache.series.write(f.rows.map((m) => ({ key: f.target.totalKey, ts: m.ts, value: m.total })), 'counter', '1m');
        ctx.cache.coverage.extend(coverageId(id, f.target), f.from, f.to);
      }
    });
  }

  return {
    id,
    region: 'global',
    feed: 'sli',
    url: config.baseUrl,
    intervalMs: ctx.intervalMs,
    async poll(now) {
      const to = Math.floor(now / MINUTE_MS) * MINUTE_MS;
      const targets = ctx.targets();
      // Nothing bound yet: still prove the server answers, so the source's state means something.
      if (targets.length === 0) {
        await queryRange(endpoint, 'vector(1)', to / 1000 - 60, to / 1000, 60);
        return;
      }
      const ranges = targets.map((target) => {
        const covered = ctx.cache.coverage.load(coverageId(id, target));
        const wanted = covered ? covered.newest - REFETCH_MS : to - FIRST_CONTACT_MS;
        return { target, from: Math.max(wanted, to - MAX_CATCH_UP_MS), to };
      });
      await fetchAndStore(ranges.filter((r) => r.from < r.to));
    },
    async backfillStep(now) {
      const oldest = Math.floor((now - ctx.historyDays * DAY_MS) / MINUTE_MS) * MINUTE_MS;
      for (const target of ctx.targets()) {
        const covered = ctx.cache.coverage.load(coverageId(id, target));
        if (!covered || covered.oldest <= oldest) continue;
        // A day per step, newest first, one SLI at a time: live polls are never starved.
        await fetchAndStore([{ target, from: Math.max(covered.oldest - DAY_MS, oldest), to: covered.oldest }]);
        return true;
      }
      return false;
    },
  };
}
