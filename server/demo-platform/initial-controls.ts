// The control state the platform starts with. Every stamp derives from the start time, so the same clock
// gives the same versions and timestamps.
import type { Scenario } from '../../shared/scenarios.js';
import { DAY_MS, DEMO_REGIONS } from '../../shared/topology.js';
import type { TrafficWeights } from '../../shared/platform-api/index.js';
import { initialCanaries } from './canary-catalog.js';
import type { ControlState, RegionControlState } from './control-state.js';
import { REGION_PROFILES } from './demo-profiles.js';
import { initialFlags } from './flag-catalog.js';

export function defaultWeights(): TrafficWeights {
  return Object.fromEntries(DEMO_REGIONS.map((r) => [r, REGION_PROFILES[r].defaultWeight]));
}

export function initialControlState(scenario: Scenario, startedAt: number, scenarioOnset: number): ControlState {
  const bootstrap = Math.floor((startedAt - 7 * DAY_MS) / 60_000) * 60_000;
  const stamp = { version: 1, updatedAt: bootstrap, updatedBy: 'platform-bootstrap', reason: 'initial configuration' };
  const regions: Record<string, RegionControlState> = {};
  for (const region of DEMO_REGIONS) {
    regions[region] = {
      flags: initialFlags(bootstrap),
      degradation: { ...stamp, mode: 'normal' },
      canaries: initialCanaries(scenario, scenarioOnset),
    };
  }
  return { traffic: { ...stamp, weights: defaultWeights(), expiresAt: null, revertTo: null }, regions };
}
