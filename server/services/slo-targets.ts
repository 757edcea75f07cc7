// What each Prometheus source fetches: the SLIs the platform config assigns to it, and the imported SLOs whose
// PromQL it evaluates.
import type { PrometheusSourceConfig } from '../feeds/prometheus/prometheus-config.js';
import type { PrometheusTarget } from '../feeds/prometheus/prometheus-target.js';
import { sliKey } from '../feeds/sources/minute-sources.js';
import { seriesKeysOf, type StoredSlo } from '../slo/slo-definition.js';

export interface ResolvedTargets {
  targets: PrometheusTarget[];
  /** Config entries naming an SLO that does not exist (yet): skipped until it does. */
  unknownSloIds: string[];
}

export function prometheusTargets(config: PrometheusSourceConfig, definitions: readonly StoredSlo[]): ResolvedTargets {
  const targets: PrometheusTarget[] = [];
  const unknownSloIds: string[] = [];
  for (const s of config.slis) {
    let keys: { good: string; total: string } | null;
    if (s.sloId !== undefined) {
      const def = definitions.find((d) => d.id === s.sloId);
      keys = def ? seriesKeysOf(def) : null;
      if (!def) unknownSloIds.push(s.sloId);
    } else {
      const { region = '', service = '', sli = '' } = s;
      keys = { good: sliKey(region, service, sli, 'good'), total: sliKey(region, service, sli, 'total') };
    }
    if (!keys) continue;
    const query = { shape: 'events' as const, unit: s.kind, total: s.totalQuery, ...(s.goodQuery !== undefined ? { good: s.goodQuery } : { bad: s.badQuery ?? '' }) };
    targets.push({ id: `config:${s.sloId ?? `${s.region}.${s.service}.${s.sli}`}`, goodKey: keys.good, totalKey: keys.total, query });
  }
  for (const d of definitions) {
    if (d.binding.kind !== 'prometheus' || d.binding.sourceId !== config.id) continue;
    const keys = seriesKeysOf(d);
    // The version is part of the id: new queries start their coverage (and history) afresh.
    if (keys) targets.push({ id: `slo:${d.id}@${d.version}`, goodKey: keys.good, totalKey: keys.total, query: d.binding.query });
  }
  return { targets, unknownSloIds };
}
