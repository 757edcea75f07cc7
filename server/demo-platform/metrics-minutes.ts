// The demo's counters minute by minute, from exactly the numbers its SLI and KPI endpoints serve, so that
// /metrics and /v1/sli always agree (increase over a minute = that minute's SLI batch).
import { KPI_COUNTERS, type KpiCounter } from '../../shared/platform-api/kpi.js';
import type { DemoRegion } from '../../shared/topology.js';
import { MINUTE_MS } from '../../shared/topology.js';
import { kpiBatch } from './kpi-batch.js';
import { sliBatch } from './sli-batch.js';
import type { Simulation } from './simulation.js';

export interface ServiceCounts {
  ok: number;
  errors: number;
  latencyGood: number;
}

export interface RegionMinuteCounts {
  minute: number;
  services: Map<string, ServiceCounts>;
  kpi: Record<KpiCounter, number>;
}

/** Whole minutes [from, to) of one region. */
export function regionMinuteCounts(sim: Simulation, region: DemoRegion, from: number, to: number): RegionMinuteCounts[] {
  if (to <= from) return [];
  const sli = sliBatch(sim, region, { from, to });
  const kpis = kpiBatch(sim, region, { from, to });
  const out: RegionMinuteCounts[] = [];
  for (let i = 0; i * MINUTE_MS + from < to; i++) {
    const services = new Map<string, ServiceCounts>();
    for (const s of sli.series) {
      const c = services.get(s.service) ?? { ok: 0, errors: 0, latencyGood: 0 };
      const total = s.total[i] ?? 0;
      const good = s.good[i] ?? 0;
      if (s.sli === 'availability') {
        c.ok = good;
        c.errors = total - good;
      } else {
        c.latencyGood = good;
      }
      services.set(s.service, c);
    }
    const kpi = Object.fromEntries(KPI_COUNTERS.map((k) => [k, kpis.counters[k][i] ?? 0])) as Record<KpiCounter, number>;
    out.push({ minute: from + i * MINUTE_MS, services, kpi });
  }
  return out;
}
