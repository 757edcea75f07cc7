import type { SloStatus } from '../../shared/console-api.js';
import { budgetRemaining, burnRate, burnState, type EventCounts } from '../../shared/domain/burn-rate.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/topology.js';
import { sliKey } from '../feeds/sources/minute-sources.js';
import type { SeriesStore } from '../store/series-store.js';
import type { SloDefinition } from './slo-catalog.js';

/** The workbook's fast-burn page rule: 2% of a 30-day budget in one hour. */
const PAGE_BURN_RATE = 14.4;
/** The slow-burn page rule: 5% of the budget in six hours. */
const SLOW_PAGE_BURN_RATE = 6;

const SEVERITY: Record<SloStatus['state'], number> = { critical: 0, increasing: 1, recovering: 2, 'insufficient-data': 3, acceptable: 4 };

/**
 * Evaluates SLOs from the cached minute counters. Results are computed once per SLI change and served
 * from memory, so reading the overview never scans 28 days of rows.
 */
export class SloService {
  private latest: SloStatus[] = [];

  constructor(
    private readonly series: SeriesStore,
    readonly definitions: readonly SloDefinition[],
  ) {}

  counts(slo: SloDefinition, from: number, to: number): EventCounts {
    return {
      good: this.series.sumMinutes(sliKey(slo.region, slo.service, slo.sli, 'good'), from, to).total,
      total: this.series.sumMinutes(sliKey(slo.region, slo.service, slo.sli, 'total'), from, to).total,
    };
  }

  /** Recomputes every SLO as of `now` (the end of the last complete minute). */
  evaluate(now: number): SloStatus[] {
    const end = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    this.latest = this.definitions.map((slo) => {
      const window = this.counts(slo, end - slo.windowDays * DAY_MS, end);
      const h1 = this.counts(slo, end - HOUR_MS, end);
      const m5 = this.counts(slo, end - 5 * MINUTE_MS, end);
      const h6 = this.counts(slo, end - 6 * HOUR_MS, end);
      const m30 = this.counts(slo, end - 30 * MINUTE_MS, end);
      const fast = burnState({ long: h1, short: m5 }, slo.objective, PAGE_BURN_RATE);
      const slow = burnState({ long: h6, short: m30 }, slo.objective, SLOW_PAGE_BURN_RATE);
      // The more urgent of the two page rules decides the state shown.
      const state = SEVERITY[fast] <= SEVERITY[slow] ? fast : slow;
      return {
        id: slo.id,
        region: slo.region,
        service: slo.service,
        sli: slo.sli,
        objective: slo.objective,
        windowDays: slo.windowDays,
        attainment: window.total > 0 ? window.good / window.total : null,
        budgetRemaining: budgetRemaining(window, slo.objective),
        burnRate1h: burnRate(h1, slo.objective),
        burnRate6h: burnRate(h6, slo.objective),
        state,
      };
    });
    return this.latest;
  }

  list(): SloStatus[] {
    return this.latest;
  }

  /** SLOs an on-call engineer should look at now: burning, or with less than a quarter of the budget left. */
  atRisk(): SloStatus[] {
    return this.latest
      .filter((s) => s.state === 'critical' || s.state === 'increasing' || (s.budgetRemaining !== null && s.budgetRemaining < 0.25))
      .sort((a, b) => SEVERITY[a.state] - SEVERITY[b.state] || (a.budgetRemaining ?? 1) - (b.budgetRemaining ?? 1));
  }

  definition(id: string): SloDefinition | undefined {
    return this.definitions.find((d) => d.id === id);
  }
}
