// GET {region}/v1/sli: good/total events per minute for the availability and latency SLI of every service.
import type { SliBatch } from '../../shared/platform-api/index.js';
import { DEMO_SERVICES, MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import { SERVICE_PROFILES } from './demo-profiles.js';
import { mixtureFractionWithin } from './latency-distribution.js';
import { sampleBadEvents, sampleEvents } from './event-sampling.js';
import { Channel, noiseStream } from './noise.js';
import { regionIndex } from './regional-demand.js';
import type { Simulation } from './simulation.js';

export interface MinuteRangeQuery {
  from: number;
  to: number;
}

export function sliBatch(sim: Simulation, region: DemoRegion, range: MinuteRangeQuery): SliBatch {
  const seed = sim.inputs.seed;
  const r = regionIndex(region);
  const columns = DEMO_SERVICES.map((service, index) => ({ service, index, total: [] as number[], available: [] as number[], fast: [] as number[] }));
  for (let minute = range.from; minute < range.to; minute += MINUTE_MS) {
    const share = sim.elapsedShare(minute);
    const model = share > 0 ? sim.regionMinute(region, minute) : null;
    const m = minute / MINUTE_MS;
    for (const col of columns) {
      const load = model?.services[col.service];
      if (!load) {
        col.total.push(0);
        col.available.push(0);
        col.fast.push(0);
        continue;
      }
      const total = sampleEvents(load.requestsPerMinute * share, noiseStream(seed, Channel.sliCount, r, col.index, m));
      const slowRatio = 1 - mixtureFractionWithin(load.variants, SERVICE_PROFILES[col.service].latencyThresholdMs);
      col.total.push(total);
      col.available.push(total - sampleBadEvents(total, load.errorRatio, noiseStream(seed, Channel.sliErrors, r, col.index, m)));
      col.fast.push(total - sampleBadEvents(total, slowRatio, noiseStream(seed, Channel.sliSlow, r, col.index, m)));
    }
  }
  const series = columns.flatMap((c) => [
    { service: c.service, sli: 'availability' as const, good: c.available, total: c.total },
    { service: c.service, sli: 'latency' as const, good: c.fast, total: c.total },
  ]);
  return { region, range: { from: range.from, to: range.to, stepMs: MINUTE_MS }, series };
}
