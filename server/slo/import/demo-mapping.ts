// An imported SLO whose queries read the demo platform's /metrics counters maps to the demo's native SLI
// series: it is evaluated from the same per-minute counts as the built-in SLOs, with or without a Prometheus.
import { DEMO_METRIC_NAMES } from '../../demo-platform/metrics-names.js';

export interface DemoSeries {
  service: string;
  sli: 'availability' | 'latency';
  /** The region a query names with region="…", if any. */
  region: string | null;
}

const METRIC = /\b(meridian_demo_[a-z_]+)\b/g;
const label = (name: string) => new RegExp(`\\b${name}\\s*=\\s*"([a-z0-9._-]+)"`);

/**
 * The demo series the queries describe, or null. All queries must read only the demo's request counters and
 * name one and the same service; a query on the latency counter makes it the latency SLI.
 */
export function demoSeriesOf(queries: readonly string[]): DemoSeries | null {
  if (queries.length === 0) return null;
  const names = new Set(queries.flatMap((q) => [...q.matchAll(METRIC)].map((m) => m[1] ?? '')));
  const allowed = new Set<string>([DEMO_METRIC_NAMES.requests, DEMO_METRIC_NAMES.latencyGood]);
  if (names.size === 0 || [...names].some((n) => !allowed.has(n))) return null;
  const services = new Set(queries.map((q) => label('service').exec(q)?.[1] ?? null));
  const [service] = [...services];
  if (services.size !== 1 || !service) return null;
  const regions = new Set(queries.flatMap((q) => label('region').exec(q)?.[1] ?? []));
  if (regions.size > 1) return null;
  return { service, sli: names.has(DEMO_METRIC_NAMES.latencyGood) ? 'latency' : 'availability', region: [...regions][0] ?? null };
}
