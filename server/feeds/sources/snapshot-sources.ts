import type { z } from 'zod';
import { CanaryList, HealthSnapshot, RegionControls, TrafficSplit } from '../../../shared/platform-api/index.js';
import type { FeedKind, HealthMetric } from '../../../shared/console-api.js';
import type { Cache } from '../../store/cache.js';
import { seriesKey, type Sample } from '../../store/series-store.js';
import type { FeedSource } from '../feed-source.js';
import { requestPlatform } from '../platform-client.js';
import { SourceError } from '../source-error.js';

export interface SourceContext {
  cache: Cache;
  timeoutMs: number;
  token?: string | undefined;
  intervalMs: number;
}

interface SnapshotSpec<S extends z.ZodType> {
  region: string;
  feed: FeedKind;
  url: string;
  schema: S;
  /** Extra rows written in the same transaction as the snapshot (health's gauges). */
  samples?: (value: z.infer<S>, now: number) => Sample[];
  /** A payload that parses but is about another region is a misconfiguration, not data. */
  regionOf?: (value: z.infer<S>) => string;
}

function snapshotSource<S extends z.ZodType>(ctx: SourceContext, spec: SnapshotSpec<S>): FeedSource {
  const id = `${spec.region}/${spec.feed}`;
  return {
    id,
    region: spec.region,
    feed: spec.feed,
    url: spec.url,
    intervalMs: ctx.intervalMs,
    async poll(now) {
      const { value } = await requestPlatform(spec.url, spec.schema, { timeoutMs: ctx.timeoutMs, token: ctx.token });
      const answeredFor = spec.regionOf?.(value);
      if (answeredFor !== undefined && answeredFor !== spec.region) {
        throw new SourceError(`${spec.url} answered for region "${answeredFor}", expected "${spec.region}": check the platform config`, true);
      }
      ctx.cache.series.transaction(() => {
        ctx.cache.snapshots.save(id, now, value);
        if (spec.samples) ctx.cache.series.write(spec.samples(value, now), 'gauge', 'raw');
      });
    },
  };
}

export function healthSamples(snapshot: HealthSnapshot, now: number): Sample[] {
  const metrics = (s: HealthSnapshot['services'][number]): Record<HealthMetric, number> => ({
    requestsPerSecond: s.requestsPerSecond,
    errorRatio: s.errorRatio,
    p50: s.latencyMs.p50,
    p95: s.latencyMs.p95,
    p99: s.latencyMs.p99,
  });
  return snapshot.services.flatMap((s) =>
    Object.entries(metrics(s)).map(([metric, value]) => ({ key: seriesKey(snapshot.region, s.service, metric), ts: now, value })),
  );
}

export function regionSnapshotSources(ctx: SourceContext, region: string, baseUrl: string): FeedSource[] {
  return [
    snapshotSource(ctx, { region, feed: 'health', url: `${baseUrl}/v1/health`, schema: HealthSnapshot, samples: healthSamples, regionOf: (v) => v.region }),
    snapshotSource(ctx, { region, feed: 'controls', url: `${baseUrl}/v1/controls`, schema: RegionControls, regionOf: (v) => v.region }),
    snapshotSource(ctx, { region, feed: 'canary', url: `${baseUrl}/v1/canaries`, schema: CanaryList, regionOf: (v) => v.region }),
  ];
}

export function trafficSource(ctx: SourceContext, trafficManagerUrl: string): FeedSource {
  return snapshotSource(ctx, { region: 'global', feed: 'traffic', url: `${trafficManagerUrl}/v1/traffic`, schema: TrafficSplit });
}
