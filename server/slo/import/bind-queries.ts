// Where an imported SLI's events will come from: the demo's native series (queries on its /metrics names),
// a configured Prometheus source (any other PromQL), or nowhere (queries for another kind of backend).
import type { PrometheusQueryKind } from '../../feeds/prometheus/prometheus-config.js';
import type { SliBinding } from '../slo-definition.js';
import { demoSeriesOf } from './demo-mapping.js';
import type { ImportContext, ProblemList } from './import-types.js';
import type { YNode } from './yaml-nodes.js';

export interface EventQueries {
  good?: string;
  bad?: string;
  total: string;
}

export interface DataSourceHint {
  /** e.g. "Prometheus", "Datadog"; null when the format only knows Prometheus (Sloth). */
  type: string | null;
  /** A named data source (OpenSLO metricSourceRef): used as the Prometheus source id when one has that id. */
  ref: string | null;
}

function prometheusSource(hint: DataSourceHint, ctx: ImportContext, at: YNode, problems: ProblemList): string | null {
  if (hint.ref && ctx.prometheusSources.includes(hint.ref)) return hint.ref;
  const first = ctx.prometheusSources[0] ?? null;
  if (first === null) {
    problems.add(at, 'prometheus source', 'imported, but no Prometheus source is configured: the SLO shows no data until the platform config names one (docs/slo.md)');
  } else if (hint.ref) {
    problems.add(at, `metricSourceRef: ${hint.ref}`, `no Prometheus source has id "${hint.ref}": its queries are sent to "${first}"`);
  }
  return first;
}

const isPrometheus = (hint: DataSourceHint) => hint.type === null || /^prometheus$/i.test(hint.type);

export function bindEvents(queries: EventQueries, unit: PrometheusQueryKind, hint: DataSourceHint, ctx: ImportContext, at: YNode, problems: ProblemList): SliBinding {
  if (!isPrometheus(hint)) {
    problems.add(at, `metricSource.type: ${hint.type ?? ''}`, `imported, but Meridian evaluates Prometheus queries only: this SLO shows no data until its SLI comes from a Prometheus source`);
    return { kind: 'unevaluable', reason: `${hint.type ?? 'unknown'} queries cannot be evaluated`, ...(hint.type ? { sourceType: hint.type } : {}), queries };
  }
  const demo = demoSeriesOf([queries.good ?? queries.bad ?? '', queries.total]);
  if (demo) {
    if (demo.region !== null && demo.region !== ctx.region) {
      problems.add(at, `region="${demo.region}"`, `the queries name region ${demo.region} but the import is for ${ctx.region}: the SLO reads ${ctx.region}'s series`);
    }
    return { kind: 'series', region: ctx.region, service: demo.service, sli: demo.sli };
  }
  return { kind: 'prometheus', sourceId: prometheusSource(hint, ctx, at, problems), query: { shape: 'events', unit, ...queries } };
}

export function bindRatio(ratio: string, of: 'good' | 'bad', hint: DataSourceHint, ctx: ImportContext, at: YNode, problems: ProblemList): SliBinding {
  if (!isPrometheus(hint)) {
    problems.add(at, `metricSource.type: ${hint.type ?? ''}`, 'imported, but Meridian evaluates Prometheus queries only');
    return { kind: 'unevaluable', reason: `${hint.type ?? 'unknown'} queries cannot be evaluated`, ...(hint.type ? { sourceType: hint.type } : {}), queries: null };
  }
  return { kind: 'prometheus', sourceId: prometheusSource(hint, ctx, at, problems), query: { shape: 'ratio', of, ratio } };
}

/** Sloth's queries give events per second when they use rate(); anything else is taken per window. */
export const slothUnit = (query: string): PrometheusQueryKind => (/\b(i?rate)\s*\(/.test(query) ? 'rate' : 'increase');

/** A ratio SLI counts minutes, not requests: its guard is 30 minutes with data in a rule's long window. */
export const RATIO_MIN_EVENTS = 30;
