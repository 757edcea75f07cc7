import type { z } from 'zod';
import { KpiBatch, SliBatch } from '../../../shared/platform-api/index.js';
import { DAY_MS, MINUTE_MS } from '../../../shared/topology.js';
import type { FeedKind } from '../../../shared/console-api.js';
import type { Cache } from '../../store/cache.js';
import { seriesKey } from '../../store/series-store.js';
import type { FeedSource } from '../feed-source.js';
import { requestPlatform } from '../platform-client.js';
import { SourceError } from '../source-error.js';
import type { SourceContext } from './snapshot-sources.js';

/** Re-read this much of the recent past on every poll: platforms finalise the last minute late. */
const OVERLAP_MS = 2 * MINUTE_MS;
/** The contract's limit per request. */
const MAX_SPAN_MS = 2 * DAY_MS;
/** Backfill goes back one day per request, newest first, so recent history is there soonest. */
const BACKFILL_CHUNK_MS = DAY_MS;

export const sliKey = (region: string, service: string, sli: string, part: 'good' | 'total') => seriesKey(region, service, `sli.${sli}.${part}`);
export const kpiKey = (region: string, metric: string) => seriesKey(region, 'kpi', metric);

interface MinuteSpec<S extends z.ZodType> {
  region: string;
  feed: FeedKind;
  baseUrl: string;
  path: string;
  schema: S;
  write: (cache: Cache, batch: z.infer<S>) => void;
  regionOf: (batch: z.infer<S>) => string;
  historyDays: number;
}

function minuteSource<S extends z.ZodType>(ctx: SourceContext, spec: MinuteSpec<S>): FeedSource {
  const id = `${spec.region}/${spec.feed}`;
  const url = `${spec.baseUrl}${spec.path}`;

  async function fetchRange(from: number, to: number): Promise<void> {
    const { value } = await requestPlatform(`${url}?from=${from}&to=${to}`, spec.schema, { timeoutMs: ctx.timeoutMs * 3, token: ctx.token });
    if (spec.regionOf(value) !== spec.region) {
      throw new SourceError(`${url} answered for region "${spec.regionOf(value)}", expected "${spec.region}": check the platform config`, true);
    }
    ctx.cache.series.transaction(() => {
      spec.write(ctx.cache, value);
      ctx.cache.coverage.extend(id, from, to);
    });
  }

  return {
    id,
    region: spec.region,
    feed: spec.feed,
    url,
    intervalMs: ctx.intervalMs,
    async poll(now) {
      const to = Math.floor(now / MINUTE_MS) * MINUTE_MS;
      const covered = ctx.cache.coverage.load(id);
      // First contact fetches the last two hours at once, so SLO windows and charts have data immediately.
      const wanted = covered ? covered.newest - OVERLAP_MS : to - 2 * 60 * MINUTE_MS;
      const from = Math.max(wanted, to - MAX_SPAN_MS);
      if (from < to) await fetchRange(from, to);
    },
    async backfillStep(now) {
      const covered = ctx.cache.coverage.load(id);
      if (!covered) return false;
      const target = Math.floor((now - spec.historyDays * DAY_MS) / MINUTE_MS) * MINUTE_MS;
      if (covered.oldest <= target) return false;
      await fetchRange(Math.max(covered.oldest - BACKFILL_CHUNK_MS, target), covered.oldest);
      return true;
    },
  };
}

export function regionMinuteSources(ctx: SourceContext, region: string, baseUrl: string, historyDays: number): FeedSource[] {
  return [
    minuteSource(ctx, {
      region,
      feed: 'sli',
      baseUrl,
      path: '/v1/sli',
      schema: SliBatch,
      historyDays,
      regionOf: (b) => b.region,
      write: (cache, b) => {
        for (const s of b.series) {
          cache.series.writeMinutes(sliKey(region, s.service, s.sli, 'good'), 'counter', b.range.from, s.good);
          cache.series.writeMinutes(sliKey(region, s.service, s.sli, 'total'), 'counter', b.range.from, s.total);
        }
      },
    }),
    minuteSource(ctx, {
      region,
      feed: 'kpi',
      baseUrl,
      path: '/v1/kpis',
      schema: KpiBatch,
      historyDays,
      regionOf: (b) => b.region,
      write: (cache, b) => {
        for (const [metric, values] of Object.entries(b.counters)) cache.series.writeMinutes(kpiKey(region, metric), 'counter', b.range.from, values);
        for (const [metric, values] of Object.entries(b.webVitalsP75)) cache.series.writeMinutes(kpiKey(region, metric), 'gauge', b.range.from, values);
      },
    }),
  ];
}
