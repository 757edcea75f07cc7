// An SLO as Meridian stores it: the objective and window, plus where its good/total events come from.
import type { SloDefinitionView, SloOrigin } from '../../shared/slo-api.js';
import type { PromQuery } from '../feeds/prometheus/prometheus-target.js';
import { sliKey } from '../feeds/sources/minute-sources.js';
import { seriesKey } from '../store/series-store.js';

export type SliBinding =
  /** Minute series by region/service/SLI: the platform's native SLI feed (or a configured Prometheus SLI). */
  | { kind: 'series'; region: string; service: string; sli: string }
  /** PromQL queries, fetched by the Prometheus source `sourceId` (null: none configured yet). */
  | { kind: 'prometheus'; sourceId: string | null; query: PromQuery }
  /** Imported, but its SLI cannot be read by Meridian (e.g. a Datadog query): kept, shown as no data. */
  | { kind: 'unevaluable'; reason: string; sourceType?: string; queries: { good?: string; bad?: string; total: string } | null };

/** The view's own fields as they are (one definition of each), plus where the SLI's events come from. */
export interface SloDefinition
  extends Pick<SloDefinitionView, 'id' | 'name' | 'region' | 'service' | 'sli' | 'objective' | 'windowDays' | 'timeWindow'> {
  binding: SliBinding;
  /** Overrides the low-traffic guard (events in a rule's long window), e.g. for ratio SLIs. */
  minEvents?: number;
}

export interface StoredSlo extends SloDefinition {
  origin: SloOrigin;
  version: number;
  /** The document the definition came from, as written. */
  sourceText: string;
  updatedAt: number;
}

/** The good and total minute series the engine reads for an SLO; null when it has none. */
export function seriesKeysOf(d: Pick<SloDefinition, 'id' | 'region' | 'binding'>): { good: string; total: string } | null {
  const b = d.binding;
  if (b.kind === 'series') return { good: sliKey(b.region, b.service, b.sli, 'good'), total: sliKey(b.region, b.service, b.sli, 'total') };
  // Keyed by SLO, so queries of an import never mix with the platform's own series of the same name.
  if (b.kind === 'prometheus') return { good: seriesKey(d.region, 'slo', `${d.id}.good`), total: seriesKey(d.region, 'slo', `${d.id}.total`) };
  return null;
}

function queriesOf(b: SliBinding): SloDefinitionView['queries'] {
  if (b.kind === 'unevaluable') return b.queries;
  if (b.kind !== 'prometheus') return null;
  const q = b.query;
  // A ratio SLI counts every minute as one event: its "total" is literally vector(1).
  if (q.shape === 'ratio') return q.of === 'bad' ? { bad: q.ratio, total: 'vector(1)' } : { good: q.ratio, total: 'vector(1)' };
  return { ...(q.good !== undefined ? { good: q.good } : {}), ...(q.bad !== undefined ? { bad: q.bad } : {}), total: q.total };
}

export function definitionView(s: StoredSlo): SloDefinitionView {
  return {
    id: s.id,
    name: s.name,
    region: s.region,
    service: s.service,
    sli: s.sli,
    objective: s.objective,
    windowDays: s.windowDays,
    timeWindow: s.timeWindow,
    origin: s.origin,
    version: s.version,
    queries: queriesOf(s.binding),
    sourceId: s.binding.kind === 'prometheus' ? s.binding.sourceId : null,
  };
}
