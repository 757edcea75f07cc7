// GET {region}/v1/canaries: each canary with live metrics of its new version and of the baseline it competes
// with. A canary taking no traffic (aborted) reports the baseline's figures, since that is what serves.
import type { Canary, CanaryList } from '../../shared/platform-api/index.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import type { CanaryRecord } from './control-state.js';
import { percentiles } from './latency-distribution.js';
import { Channel, gaussianNoise } from './noise.js';
import { regionIndex } from './regional-demand.js';
import type { Variant } from './service-load.js';
import { isDemoService } from './topology-maps.js';
import type { Simulation } from './simulation.js';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function canaryWithMetrics(sim: Simulation, region: DemoRegion, record: CanaryRecord): Canary {
  const now = sim.now();
  const model = sim.regionMinute(region, Math.floor(now / MINUTE_MS) * MINUTE_MS);
  const load = isDemoService(record.service) ? model.services[record.service] : undefined;
  const [baseline, canary] = load?.variants ?? [];
  const rpm = load?.requestsPerMinute ?? 0;
  const jitter = (what: number) => Math.max(0, 1 + 0.05 * gaussianNoise(sim.inputs.seed, Channel.poll, regionIndex(region), 100, what, now));
  const metrics = (v: Variant | undefined, fallback: Variant | undefined, what: number) => {
    const source = v ?? fallback;
    return {
      requestsPerSecond: v ? round((rpm / 60) * v.share * jitter(what), 2) : 0,
      errorRatio: source ? round(Math.min(1, source.errorRatio * jitter(what + 1)), 6) : 0,
      latencyP99Ms: source ? round(percentiles(source.latency).p99 * jitter(what + 2), 1) : 0,
    };
  };
  return { ...record, steps: [...record.steps], canary: metrics(canary, baseline, 0), baseline: metrics(baseline, baseline, 3) };
}

export function canaryList(sim: Simulation, region: DemoRegion): CanaryList {
  const records = sim.timeline.current().regions[region]?.canaries ?? [];
  return { region, canaries: records.map((c) => canaryWithMetrics(sim, region, c)) };
}
