// Hours of the demo's counters as an OpenMetrics file, for `promtool tsdb create-blocks-from openmetrics`:
// a real Prometheus backfilled with exactly what the demo would have exposed, so long windows can be checked
// without scraping for hours.
import type { Scenario } from '../../shared/scenarios.js';
import { DEMO_REGIONS, MINUTE_MS, type DemoRegion } from '../../shared/topology.js';
import { ControlTimeline } from './control-timeline.js';
import { initialControlState } from './initial-controls.js';
import type { RegionTotals } from './metrics-counters.js';
import { eachSample, FAMILIES, formatLabels, formatNumber } from './metrics-exposition.js';
import { regionMinuteCounts } from './metrics-minutes.js';
import { DEMO_METRIC_HELP, DEMO_METRIC_NAMES } from './metrics-names.js';
import { SCENARIO_LEAD_MS } from './scenario-effects.js';
import { Simulation } from './simulation.js';

/** The simulation a demo platform started at `startedAt` runs (same seed, scenario and onset). */
export function demoSimulation(options: { scenario: Scenario; seed?: number; startedAt: number; now?: () => number }): Simulation {
  const onset = Math.floor((options.startedAt - SCENARIO_LEAD_MS) / MINUTE_MS) * MINUTE_MS;
  return new Simulation({
    seed: options.seed ?? 1,
    scenario: options.scenario,
    onset,
    now: options.now ?? (() => options.startedAt),
    timeline: new ControlTimeline(initialControlState(options.scenario, options.startedAt, onset)),
  });
}

export interface HistoryOptions {
  sim: Simulation;
  /** Whole minutes; counters are 0 at `from`. */
  from: number;
  to: number;
  regions?: readonly DemoRegion[];
  services?: readonly string[];
  /** Seconds between samples, as a scrape interval; 15 by default. */
  sampleSeconds?: number;
}

interface Series {
  name: string;
  labels: Record<string, string>;
  perMinute: number[];
}

/**
 * Samples every `sampleSeconds`. At whole minutes a counter holds exactly the events of the minutes before;
 * in between it rises linearly through the minute (rounded down, so it never goes back), so increase() over
 * minute-aligned windows gives the SLI endpoint's numbers exactly, however the range selector treats its edges.
 */
export function openMetricsHistory(o: HistoryOptions): string {
  const step = o.sampleSeconds ?? 15;
  const services = o.services ? new Set(o.services) : null;
  const series = new Map<string, Series>();
  for (const region of o.regions ?? DEMO_REGIONS) {
    for (const m of regionMinuteCounts(o.sim, region, o.from, o.to)) {
      const kept = new Map([...m.services].filter(([s]) => services === null || services.has(s)));
      const minute = new Map<DemoRegion, RegionTotals>([[region, { services: kept, kpi: m.kpi }]]);
      for (const family of FAMILIES) {
        eachSample(minute, family, (name, labels, value) => {
          const key = `${family}${formatLabels(labels)}`;
          const s = series.get(key) ?? { name, labels, perMinute: [] };
          s.perMinute.push(value);
          series.set(key, s);
        });
      }
    }
  }
  const lines: string[] = [];
  for (const family of FAMILIES) {
    const base = DEMO_METRIC_NAMES[family].replace(/_total$/, '');
    lines.push(`# HELP ${base} ${DEMO_METRIC_HELP[family]}`, `# TYPE ${base} counter`);
    for (const [key, s] of series) {
      if (!key.startsWith(`${family}{`)) continue;
      let cumulative = 0;
      s.perMinute.forEach((count, i) => {
        const minuteStart = o.from + i * MINUTE_MS;
        for (let offset = 0; offset < 60; offset += step) {
          const value = offset === 0 ? cumulative : cumulative + Math.floor((count * offset) / 60);
          lines.push(`${s.name}${formatLabels(s.labels)} ${formatNumber(value)} ${(minuteStart / 1000 + offset).toFixed(0)}`);
        }
        cumulative += count;
      });
      lines.push(`${s.name}${formatLabels(s.labels)} ${formatNumber(cumulative)} ${(o.to / 1000).toFixed(0)}`);
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

