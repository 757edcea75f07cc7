// Counters in the Prometheus text exposition format (0.0.4), what GET /metrics answers and Prometheus scrapes.
import { KPI_COUNTERS } from '../../shared/platform-api/kpi.js';
import type { DemoRegion } from '../../shared/topology.js';
import type { RegionTotals } from './metrics-counters.js';
import { DEMO_METRIC_HELP, DEMO_METRIC_NAMES } from './metrics-names.js';

export const PROMETHEUS_TEXT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Label values are ids here, but escaping keeps the format valid whatever they hold. */
const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string>) => `{${Object.entries(l).map(([k, v]) => `${k}="${escape(v)}"`).join(',')}}`;
/** Integers print without a fraction; revenue keeps its cents. */
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Receives one sample: metric name, labels, value. */
export type SampleSink = (name: string, l: Record<string, string>, value: number) => void;

/** Visits every sample of the demo's counters, family by family, in a stable order. */
export function eachSample(totals: ReadonlyMap<DemoRegion, RegionTotals>, family: keyof typeof DEMO_METRIC_NAMES, sink: SampleSink): void {
  const name = DEMO_METRIC_NAMES[family];
  for (const [region, t] of totals) {
    if (family === 'requests') {
      for (const [service, c] of t.services) {
        sink(name, { region, service, code: '200' }, c.ok);
        sink(name, { region, service, code: '500' }, c.errors);
      }
    } else if (family === 'latencyGood') {
      for (const [service, c] of t.services) sink(name, { region, service }, c.latencyGood);
    } else if (family === 'kpiEvents') {
      for (const k of KPI_COUNTERS) if (k !== 'revenue') sink(name, { region, kpi: k }, t.kpi[k]);
    } else {
      sink(name, { region }, t.kpi.revenue);
    }
  }
}

export const FAMILIES = Object.keys(DEMO_METRIC_NAMES) as Array<keyof typeof DEMO_METRIC_NAMES>;

export function prometheusText(totals: ReadonlyMap<DemoRegion, RegionTotals>): string {
  const lines: string[] = [];
  for (const family of FAMILIES) {
    const name = DEMO_METRIC_NAMES[family];
    lines.push(`# HELP ${name} ${DEMO_METRIC_HELP[family]}`, `# TYPE ${name} counter`);
    eachSample(totals, family, (n, l, v) => lines.push(`${n}${labels(l)} ${num(v)}`));
  }
  return `${lines.join('\n')}\n`;
}

export { labels as formatLabels, num as formatNumber };
