// One feed source per configured Prometheus-compatible API.
import type { Cache } from '../../store/cache.js';
import type { FeedSource } from '../feed-source.js';
import type { PrometheusSourceConfig } from './prometheus-config.js';
import { prometheusSource } from './prometheus-source.js';
import type { PrometheusTarget } from './prometheus-target.js';

export interface PrometheusSourcesContext {
  cache: Cache;
  intervalMs: number;
  /** The platform config's per-request timeout: range queries get three times it. */
  timeoutMs: number;
  historyDays: number;
}

export function prometheusSources(ctx: PrometheusSourcesContext, configs: readonly PrometheusSourceConfig[], targets: (sourceId: string) => PrometheusTarget[]): FeedSource[] {
  return configs.map((c) => prometheusSource({ cache: ctx.cache, intervalMs: ctx.intervalMs, timeoutMs: ctx.timeoutMs * 3, historyDays: ctx.historyDays, targets: () => targets(c.id) }, c));
}
