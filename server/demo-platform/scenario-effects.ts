// What each scenario does to a region at a given time. Scenarios switch on at `onset` (half an hour before the
// platform starts, so the console shows them on first contact) and ramp up over a few minutes, as real
// incidents do.
import type { Scenario } from '../../shared/scenarios.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';

export const SCENARIO_LEAD_MS = 30 * MINUTE_MS;
const RAMP_MS = 8 * MINUTE_MS;

export interface ScenarioEffects {
  /** Multiplier on the region's own shoppers' demand (flash sale). */
  demandMultiplier: number;
  /** Extra add-to-cart propensity during a sale. */
  basketBoost: number;
  /** 0..1 intensity of the payment provider's brownout. */
  paymentsBrownout: number;
  /** 0..1 intensity of the gateway failure. */
  gatewayOutage: number;
  /** Whether the scenario's canaries are deployed yet. */
  canariesDeployed: boolean;
}

const NONE: ScenarioEffects = { demandMultiplier: 1, basketBoost: 1, paymentsBrownout: 0, gatewayOutage: 0, canariesDeployed: false };

export function scenarioEffects(scenario: Scenario, region: DemoRegion, t: number, onset: number): ScenarioEffects {
  if (t < onset) return NONE;
  const ramp = Math.min(1, (t - onset) / RAMP_MS);
  const effects: ScenarioEffects = { ...NONE, canariesDeployed: true };
  switch (scenario) {
    case 'flash-sale':
      if (region === 'ap-southeast') return { ...effects, demandMultiplier: 1 + 2 * ramp, basketBoost: 1 + 0.25 * ramp };
      return effects;
    case 'payments-brownout':
      return region === 'ap-southeast' ? { ...effects, paymentsBrownout: ramp } : effects;
    case 'region-outage':
      return region === 'eu-west' ? { ...effects, gatewayOutage: ramp } : effects;
    case 'steady':
    case 'bad-canary':
      return effects;
  }
}
