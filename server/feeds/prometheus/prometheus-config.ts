// The `prometheus` section of the platform config: Prometheus-compatible HTTP APIs (Prometheus, Thanos, Mimir,
// VictoriaMetrics) and, per SLI, the queries that give its good (or bad) and total events.
import { z } from 'zod';
import { Id } from '../../../shared/platform-api/common.js';

const BaseUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// URL')
  .transform((u) => u.replace(/\/+$/, ''));

/**
 * What a query's value at each one-minute step means:
 * - increase (default): events in the minute ending at the step, e.g. `sum(increase(x[{{.window}}]))`;
 * - rate: events per second over that minute, e.g. `sum(rate(x[{{.window}}]))` (Sloth's style), × 60;
 * - counter: a cumulative counter, e.g. `sum(x)`; Meridian takes the difference between steps.
 * `{{.window}}` is replaced by `1m`.
 */
export const PrometheusQueryKind = z.enum(['increase', 'rate', 'counter']);
export type PrometheusQueryKind = z.infer<typeof PrometheusQueryKind>;

export const PrometheusSliConfig = z
  .object({
    /** The SLO whose series these queries feed, e.g. "us-east.checkout.availability". */
    sloId: z.string().min(1).max(200).optional(),
    /** Or the series by name (a service/SLI the platform's native feed would otherwise provide). */
    region: Id.optional(),
    service: Id.optional(),
    sli: Id.optional(),
    goodQuery: z.string().min(1).max(10_000).optional(),
    badQuery: z.string().min(1).max(10_000).optional(),
    totalQuery: z.string().min(1).max(10_000),
    kind: PrometheusQueryKind.default('increase'),
  })
  .refine((s) => (s.goodQuery === undefined) !== (s.badQuery === undefined), { message: 'give exactly one of goodQuery and badQuery', path: ['goodQuery'] })
  .refine((s) => s.sloId !== undefined || (s.region !== undefined && s.service !== undefined && s.sli !== undefined), {
    message: 'name the SLO (sloId) or its series (region, service and sli)',
    path: ['sloId'],
  });
export type PrometheusSliConfig = z.infer<typeof PrometheusSliConfig>;

export const PrometheusSourceConfig = z.object({
  id: Id,
  baseUrl: BaseUrl,
  bearerToken: z.string().min(1).optional(),
  /** Per-request timeout in ms; the platform config's timeoutMs × 3 when absent (range queries are slow). */
  timeoutMs: z.number().int().min(100).max(120_000).optional(),
  slis: z.array(PrometheusSliConfig).default([]),
});
export type PrometheusSourceConfig = z.infer<typeof PrometheusSourceConfig>;

export const PrometheusSources = z
  .array(PrometheusSourceConfig)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'each Prometheus source needs its own id');
