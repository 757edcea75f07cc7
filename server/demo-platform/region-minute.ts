// One region in one minute: demand, service loads, funnel and page speed, from the scenario and the controls
// in force. A pure function of its inputs: this is what makes history reproducible.
import type { Scenario } from '../../shared/scenarios.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion, DemoService } from '../../shared/topology.js';
import { weightsAt } from './control-state.js';
import type { ControlState } from './control-state.js';
import { CAPACITY_OVER_PEAK, REGION_PROFILES, SERVICE_PROFILES } from './demo-profiles.js';
import { funnelMinute, vitalsMinute } from './funnel.js';
import type { FunnelMinute, VitalsMinute } from './funnel.js';
import { defaultWeights } from './initial-controls.js';
import { operatorEffects } from './operator-effects.js';
import { regionalDemand } from './regional-demand.js';
import { scenarioEffects } from './scenario-effects.js';
import { serviceLoads } from './service-load.js';
import type { RegionConditions, ServiceMinute } from './service-load.js';

export interface SimulationInputs {
  seed: number;
  scenario: Scenario;
  /** When the scenario switches on. */
  onset: number;
}

export interface RegionMinute {
  region: DemoRegion;
  minute: number;
  conditions: RegionConditions;
  services: Record<DemoService, ServiceMinute>;
  funnel: FunnelMinute;
  vitals: VitalsMinute;
}

const DEFAULT_WEIGHTS = defaultWeights();

export function simulateRegionMinute(sim: SimulationInputs, region: DemoRegion, minute: number, controls: ControlState): RegionMinute {
  const demand = regionalDemand({
    seed: sim.seed,
    minute,
    weights: weightsAt(controls.traffic, minute + MINUTE_MS - 1),
    defaults: DEFAULT_WEIGHTS,
    demandMultiplier: (r) => scenarioEffects(sim.scenario, r, minute, sim.onset).demandMultiplier,
  });
  const own = demand[region];
  const regionControls = controls.regions[region];
  const conditions: RegionConditions = {
    seed: sim.seed,
    region,
    minute,
    sessions: own.served,
    utilisation: own.served / (REGION_PROFILES[region].peakSessionsPerMinute * CAPACITY_OVER_PEAK),
    loadRatio: own.usual > 0 ? own.served / own.usual : 0,
    scenario: scenarioEffects(sim.scenario, region, minute, sim.onset),
    operator: operatorEffects(regionControls),
    canaries: regionControls?.canaries ?? [],
  };
  const services = serviceLoads(conditions);
  const gatewayP50 = services.gateway.variants[0]?.latency.mu ?? Math.log(SERVICE_PROFILES.gateway.p50Ms);
  return {
    region,
    minute,
    conditions,
    services,
    funnel: funnelMinute(conditions, { gatewayOk: 1 - services.gateway.errorRatio, checkoutFailureRatio: services.checkout.errorRatio }),
    vitals: vitalsMinute(conditions, Math.exp(gatewayP50) / SERVICE_PROFILES.gateway.p50Ms),
  };
}

