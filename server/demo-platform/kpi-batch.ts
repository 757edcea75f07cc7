// GET {region}/v1/kpis: funnel counters and web-vital p75s per minute.
import { KPI_COUNTERS, WEB_VITALS } from '../../shared/platform-api/kpi.js';
import type { KpiBatch, KpiCounter, WebVital } from '../../shared/platform-api/kpi.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import type { MinuteRangeQuery } from './sli-batch.js';
import type { Simulation } from './simulation.js';

export function kpiBatch(sim: Simulation, region: DemoRegion, range: MinuteRangeQuery): KpiBatch {
  const counters = Object.fromEntries(KPI_COUNTERS.map((k) => [k, [] as number[]])) as Record<KpiCounter, number[]>;
  const vitals = Object.fromEntries(WEB_VITALS.map((k) => [k, [] as number[]])) as Record<WebVital, number[]>;
  for (let minute = range.from; minute < range.to; minute += MINUTE_MS) {
    const share = sim.elapsedShare(minute);
    const model = share > 0 ? sim.regionMinute(region, minute) : null;
    for (const k of KPI_COUNTERS) {
      const value = (model?.funnel[k] ?? 0) * share;
      // Revenue is money (cents); the other counters count events.
      counters[k].push(k === 'revenue' ? Math.round(value * 100) / 100 : Math.round(value));
    }
    // A p75 is not a counter: the minute in progress shows the samples so far; 0 means "no samples".
    for (const k of WEB_VITALS) vitals[k].push(model?.vitals[k] ?? 0);
  }
  return { region, range: { from: range.from, to: range.to, stepMs: MINUTE_MS }, counters, webVitalsP75: vitals };
}
