// Cumulative counters for /metrics, advanced minute by minute as time passes. A counter moves once a minute,
// when the minute is complete (as the SLI endpoint finalises minutes), and never goes back.
import { KPI_COUNTERS, type KpiCounter } from '../../shared/platform-api/kpi.js';
import { DEMO_REGIONS, MINUTE_MS, type DemoRegion } from '../../shared/topology.js';
import { regionMinuteCounts, type ServiceCounts } from './metrics-minutes.js';
import type { Simulation } from './simulation.js';

export interface RegionTotals {
  services: Map<string, ServiceCounts>;
  kpi: Record<KpiCounter, number>;
}

/** A long pause between scrapes is caught up in slices of this many minutes. */
const CATCH_UP_SLICE_MINUTES = 24 * 60;

export class DemoMetricCounters {
  private done: number;
  private readonly totals = new Map<DemoRegion, RegionTotals>();

  /** Counters start at zero at `origin` (a whole minute), as a process's counters do when it starts. */
  constructor(
    private readonly sim: Simulation,
    origin: number,
  ) {
    this.done = Math.floor(origin / MINUTE_MS) * MINUTE_MS;
    for (const r of DEMO_REGIONS) this.totals.set(r, { services: new Map(), kpi: Object.fromEntries(KPI_COUNTERS.map((k) => [k, 0])) as Record<KpiCounter, number> });
  }

  /** Totals through the last complete minute before `now`. */
  at(now: number): ReadonlyMap<DemoRegion, RegionTotals> {
    const until = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    while (this.done < until) {
      const to = Math.min(until, this.done + CATCH_UP_SLICE_MINUTES * MINUTE_MS);
      for (const [region, t] of this.totals) {
        for (const m of regionMinuteCounts(this.sim, region, this.done, to)) addMinute(t, m.services, m.kpi);
      }
      this.done = to;
    }
    return this.totals;
  }
}

export function addMinute(t: RegionTotals, services: ReadonlyMap<string, ServiceCounts>, kpi: Record<KpiCounter, number>): void {
  for (const [service, c] of services) {
    const acc = t.services.get(service) ?? { ok: 0, errors: 0, latencyGood: 0 };
    acc.ok += c.ok;
    acc.errors += c.errors;
    acc.latencyGood += c.latencyGood;
    t.services.set(service, acc);
  }
  for (const k of KPI_COUNTERS) t.kpi[k] += kpi[k];
}
