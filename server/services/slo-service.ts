import type Database from 'better-sqlite3';
import type { SloStatus } from '../../shared/console-api.js';
import { STATE_URGENCY } from '../../shared/domain/slo/burn-state.js';
import { evaluateSlo } from '../../shared/domain/slo/evaluate-slo.js';
import { MinuteRing } from '../../shared/domain/slo/minute-ring.js';
import { RingCounts } from '../../shared/domain/slo/ring-counts.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { AlertEpisode, SloDefinitionView, SloDetail, SloEvaluation, SloExport, SloImportResult } from '../../shared/slo-api.js';
import type { PrometheusSourceConfig } from '../feeds/prometheus/prometheus-config.js';
import { AlertEpisodeStore } from '../slo/alert-episode-store.js';
import { AlertTracker } from '../slo/alert-tracker.js';
import { AnnotationReader } from '../slo/annotations.js';
import { SloDefinitionStore } from '../slo/definition-store.js';
import { exportOpenSlo } from '../slo/export-openslo.js';
import { MinuteReader } from '../slo/minute-reader.js';
import { definitionView, seriesKeysOf, type StoredSlo } from '../slo/slo-definition.js';
import { SloSeriesCache } from '../slo/slo-series-cache.js';
import { builtInSlos } from './slo-catalog.js';
import { sloDetail, type DetailRequest } from './slo-detail.js';
import { importSlos, type ImportRequest } from './slo-imports.js';
import { prometheusTargets, type ResolvedTargets } from './slo-targets.js';
import type { SnapshotReader } from './snapshot-reader.js';

export interface SloServiceOptions {
  db: Database.Database;
  snapshots: SnapshotReader;
  regions: readonly string[];
  prometheus?: readonly PrometheusSourceConfig[];
  now?: () => number;
  /** Where configuration mistakes are logged (a Prometheus SLI naming an SLO that does not exist). */
  warn?: ((message: string) => void) | undefined;
}

export interface SloFilter {
  service?: string | undefined;
  region?: string | undefined;
  state?: SloEvaluation['state'] | undefined;
}

const NO_COUNTS = new RingCounts(new MinuteRing(60), new MinuteRing(60));

/**
 * Evaluates every SLO (built-in and imported) from in-memory minute rings kept current from the cache, once
 * per burst of SLI data, and serves the results from memory: reading the overview never scans 28 days of rows.
 * Alert episodes are recorded as evaluations see rules start and stop firing.
 */
export class SloService {
  private readonly store: SloDefinitionStore;
  private readonly episodes: AlertEpisodeStore;
  private readonly tracker: AlertTracker;
  private readonly series: SloSeriesCache;
  private readonly annotations: AnnotationReader;
  private readonly regions: readonly string[];
  private readonly prometheus: readonly PrometheusSourceConfig[];
  private readonly now: () => number;
  private defs: StoredSlo[] = [];
  private latest: SloEvaluation[] = [];

  constructor(options: SloServiceOptions) {
    this.store = new SloDefinitionStore(options.db);
    this.episodes = new AlertEpisodeStore(options.db);
    this.tracker = new AlertTracker(this.episodes);
    this.series = new SloSeriesCache(new MinuteReader(options.db));
    this.annotations = new AnnotationReader(options.db, options.snapshots);
    this.regions = options.regions;
    this.prometheus = options.prometheus ?? [];
    this.now = options.now ?? Date.now;
    this.seedBuiltIns();
    for (const p of this.prometheus) {
      for (const id of this.prometheusTargets(p.id).unknownSloIds) {
        options.warn?.(`prometheus ${p.id}: slis names SLO "${id}", which does not exist (yet); its queries are skipped until it is imported`);
      }
    }
  }

  /** Built-ins are stored like imports, so they are versioned and exported alike; an import may replace one. */
  private seedBuiltIns(): void {
    const at = this.now();
    this.store.transaction(() => {
      for (const d of builtInSlos(this.regions)) {
        const current = this.store.get(d.id);
        if (current && current.origin !== 'built-in') continue;
        const text = exportOpenSlo([{ ...d, origin: 'built-in', version: 1, sourceText: '', updatedAt: at }], { withVersion: false });
        this.store.save(d, 'built-in', `# Built into Meridian (server/services/slo-catalog.ts)\n${text}`, at);
      }
    });
    this.defs = this.store.all().filter((d) => this.regions.includes(d.region));
  }

  private countsOf(d: StoredSlo): RingCounts | null {
    const keys = seriesKeysOf(d);
    return keys ? this.series.counts(keys.good, keys.total) : null;
  }

  /** Recomputes every SLO, each as of its newest complete minute (no later than `now`). */
  evaluate(now = this.now()): SloEvaluation[] {
    const counts = this.defs.map((d) => this.countsOf(d));
    const keep = new Set(this.defs.flatMap((d) => Object.values(seriesKeysOf(d) ?? {})));
    this.series.refresh(now, keep);
    this.latest = this.defs.map((d, i) => {
      const c = counts[i] ?? null;
      const newest = c?.total.newestMinute ?? null;
      // A source that went quiet leaves its SLOs as they last were, rather than "recovered" on no data.
      const at = newest === null ? now : Math.min(now, newest + MINUTE_MS);
      const { rulesDetail: _detail, ...figures } = evaluateSlo({ objective: d.objective, windowDays: d.windowDays, timeWindow: d.timeWindow, minEvents: d.minEvents }, c ?? NO_COUNTS, at);
      // Episodes run on data time: a burn starts at the minute the rules first saw it, and a source that went
      // quiet cannot end one.
      this.tracker.observe(d.id, figures.rules, figures.evaluatedAt);
      return { id: d.id, definition: definitionView(d), ...figures };
    });
    this.tracker.forget(new Set(this.defs.map((d) => d.id)), now);
    return this.latest;
  }

  /** Sorted by budget remaining, least first; SLOs without data last. */
  evaluations(filter: SloFilter = {}): SloEvaluation[] {
    return this.latest
      .filter((e) => (!filter.service || e.definition.service === filter.service) && (!filter.region || e.definition.region === filter.region) && (!filter.state || e.state === filter.state))
      .sort((a, b) => (a.budgetRemaining ?? Number.POSITIVE_INFINITY) - (b.budgetRemaining ?? Number.POSITIVE_INFINITY) || a.id.localeCompare(b.id));
  }

  /** The overview's shape (console-api SloStatus), derived from the same evaluations. */
  list(): SloStatus[] {
    return this.latest.map((e) => ({
      id: e.id,
      region: e.definition.region,
      service: e.definition.service,
      sli: e.definition.sli,
      objective: e.definition.objective,
      windowDays: e.definition.windowDays,
      attainment: e.attainment,
      budgetRemaining: e.budgetRemaining,
      burnRate1h: e.burnRates['1h'],
      burnRate6h: e.burnRates['6h'],
      state: e.state,
    }));
  }

  /** SLOs an on-call engineer should look at now: burning, or with less than a quarter of the budget left. */
  atRisk(): SloStatus[] {
    return this.list()
      .filter((s) => s.state === 'critical' || s.state === 'increasing' || (s.budgetRemaining !== null && s.budgetRemaining < 0.25))
      .sort((a, b) => STATE_URGENCY[a.state] - STATE_URGENCY[b.state] || (a.budgetRemaining ?? 1) - (b.budgetRemaining ?? 1));
  }

  definition(id: string): StoredSlo | undefined {
    return this.defs.find((d) => d.id === id);
  }

  /** The minute series an SLO reads, for raw SLI charts. */
  seriesKeys(id: string): { good: string; total: string } | null {
    const d = this.definition(id);
    return d ? seriesKeysOf(d) : null;
  }

  definitions(): SloDefinitionView[] {
    return this.defs.map(definitionView);
  }

  detail(id: string, req: DetailRequest): SloDetail | null {
    const slo = this.definition(id);
    const evaluation = this.latest.find((e) => e.id === id);
    if (!slo || !evaluation) return null;
    return sloDetail(req, {
      slo,
      evaluation,
      counts: this.countsOf(slo),
      alerts: this.episodes.overlapping(id, req.from, req.to),
      annotations: this.annotations.forRegion(slo.region, req.from, req.to),
    });
  }

  /** Newest first. Episodes carry ids: the renderer notifies once per page episode id. */
  alerts(id?: string, limit = 200): AlertEpisode[] {
    return this.episodes.list(id, limit);
  }

  import(req: ImportRequest): SloImportResult {
    const now = this.now();
    const result = importSlos(req, this.store, { regions: this.regions, prometheusSources: this.prometheus.map((p) => p.id), now });
    if (result.applied) {
      this.defs = this.store.all().filter((d) => this.regions.includes(d.region));
      this.evaluate(now);
    }
    return result;
  }

  exportDefinitions(): SloExport {
    return { fileName: 'meridian-slos.openslo.yaml', mimeType: 'application/yaml', content: exportOpenSlo(this.defs) };
  }

  /** What the Prometheus source `sourceId` fetches now (asked on every poll, so imports take effect). */
  prometheusTargets(sourceId: string): ResolvedTargets {
    const config = this.prometheus.find((p) => p.id === sourceId);
    return config ? prometheusTargets(config, this.defs) : { targets: [], unknownSloIds: [] };
  }
}
