// Sessions each region serves in one minute: its own shoppers' demand (local time of day, weekday, scenario,
// slow drift), then redistributed by the traffic weights in force.
import { DEMO_REGIONS, DEMO_REGION_TIME_ZONES, HOUR_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import type { TrafficWeights } from '../../shared/platform-api/index.js';
import { dailyDemandShare, weeklyDemandFactor } from './daily-curve.js';
import { REGION_PROFILES } from './demo-profiles.js';
import { localDayOfWeek, localHourOfDay } from './local-time.js';
import { Channel, smoothNoise } from './noise.js';
import { byRegion } from './topology-maps.js';
import { routeDemand } from './traffic-routing.js';

export interface DemandInputs {
  seed: number;
  minute: number;
  weights: TrafficWeights;
  defaults: TrafficWeights;
  demandMultiplier: (region: DemoRegion) => number;
}

export interface RegionDemand {
  /** Sessions per minute the region serves after routing. */
  served: number;
  /** Sessions per minute its own shoppers would bring with the default split and no scenario. */
  usual: number;
}

export function regionIndex(region: DemoRegion): number {
  return DEMO_REGIONS.indexOf(region);
}

function usualDemand(seed: number, region: DemoRegion, minute: number): number {
  const zone = DEMO_REGION_TIME_ZONES[region];
  const drift = 1 + 0.05 * smoothNoise(seed, minute, 3 * HOUR_MS, Channel.demandDrift, regionIndex(region));
  return (
    REGION_PROFILES[region].peakSessionsPerMinute *
    dailyDemandShare(localHourOfDay(zone, minute)) *
    weeklyDemandFactor(localDayOfWeek(zone, minute)) *
    drift
  );
}

export function regionalDemand(inputs: DemandInputs): Record<DemoRegion, RegionDemand> {
  const usual: Record<string, number> = {};
  const wanted: Record<string, number> = {};
  for (const region of DEMO_REGIONS) {
    const u = usualDemand(inputs.seed, region, inputs.minute);
    usual[region] = u;
    wanted[region] = u * inputs.demandMultiplier(region);
  }
  const served = routeDemand(wanted, inputs.weights, inputs.defaults);
  return byRegion((region) => ({ served: served[region] ?? 0, usual: usual[region] ?? 0 }));
}
