// Stored SLO definitions → OpenSLO v1 YAML (one SLO document each, SLIs inline). Re-importing the file for
// the same region gives the same ids back (meridian.dev/id) and the same query kinds (meridian.dev/query-kind).
import { Document } from 'yaml';
import { DEMO_METRIC_NAMES } from '../demo-platform/metrics-names.js';
import type { PromQuery } from '../feeds/prometheus/prometheus-target.js';
import type { SliBinding, StoredSlo } from './slo-definition.js';

export const MERIDIAN_ID_ANNOTATION = 'meridian.dev/id';
export const QUERY_KIND_ANNOTATION = 'meridian.dev/query-kind';

const source = (type: string, query: string, ref?: string | null) => ({ metricSource: { ...(ref ? { metricSourceRef: ref } : {}), type, spec: { query } } });

/**
 * The platform's native SLI series are exported as PromQL on the demo platform's /metrics counters, which
 * count exactly what its SLI endpoint serves (and which the importer maps back to the native series).
 */
function nativeQueries(region: string, service: string, sli: string) {
  const sel = `region="${region}",service="${service}"`;
  const total = `sum(${DEMO_METRIC_NAMES.requests}{${sel}})`;
  return sli === 'latency'
    ? { counter: true, good: source('Prometheus', `sum(${DEMO_METRIC_NAMES.latencyGood}{${sel}})`), total: source('Prometheus', total) }
    : { counter: true, bad: source('Prometheus', `sum(${DEMO_METRIC_NAMES.requests}{${sel},code="500"})`), total: source('Prometheus', total) };
}

function promQueries(q: PromQuery, ref: string | null) {
  if (q.shape === 'ratio') return { rawType: q.of === 'bad' ? 'failure' : 'success', raw: source('Prometheus', q.ratio, ref) };
  return {
    counter: q.unit === 'counter',
    ...(q.good !== undefined ? { good: source('Prometheus', q.good, ref) } : {}),
    ...(q.bad !== undefined ? { bad: source('Prometheus', q.bad, ref) } : {}),
    total: source('Prometheus', q.total, ref),
  };
}

function ratioMetric(slo: StoredSlo, b: SliBinding) {
  if (b.kind === 'series') return nativeQueries(b.region, b.service, b.sli);
  if (b.kind === 'prometheus') return promQueries(b.query, b.sourceId);
  const type = b.sourceType ?? 'Unknown';
  const q = b.queries;
  if (!q) return { counter: true, good: source(type, ''), total: source(type, '') };
  return { counter: true, ...(q.good !== undefined ? { good: source(type, q.good) } : {}), ...(q.bad !== undefined ? { bad: source(type, q.bad) } : {}), total: source(type, q.total) };
}

function sloDocument(slo: StoredSlo, withVersion: boolean): Document {
  const b = slo.binding;
  const kind = b.kind === 'prometheus' && b.query.shape === 'events' ? b.query.unit : null;
  return new Document({
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name: slo.id.replace(/[^a-z0-9-]+/gi, '-').toLowerCase(),
      displayName: slo.name,
      labels: { 'meridian.dev/region': slo.region, 'meridian.dev/origin': slo.origin },
      annotations: { [MERIDIAN_ID_ANNOTATION]: slo.id, ...(withVersion ? { 'meridian.dev/version': String(slo.version) } : {}), ...(kind ? { [QUERY_KIND_ANNOTATION]: kind } : {}) },
    },
    spec: {
      service: slo.service,
      indicator: { metadata: { name: slo.sli }, spec: { ratioMetric: ratioMetric(slo, b) } },
      timeWindow: [
        slo.timeWindow === 'calendar'
          ? { duration: '1M', isRolling: false, calendar: { startTime: '2020-01-01 00:00:00', timeZone: 'UTC' } }
          : { duration: `${slo.windowDays}d`, isRolling: true },
      ],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: slo.name, target: slo.objective }],
    },
  });
}

/** `withVersion: false` for a definition's own source text, which must not change when its version does. */
export function exportOpenSlo(slos: readonly StoredSlo[], options: { withVersion?: boolean } = {}): string {
  return slos.map((s) => sloDocument(s, options.withVersion ?? true).toString({ lineWidth: 0 })).join('---\n');
}
