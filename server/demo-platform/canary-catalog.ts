// The releases each scenario has in flight, and how the new version behaves compared with its baseline.
import type { Scenario } from '../../shared/scenarios.js';
import type { DemoService } from '../../shared/topology.js';
import type { CanaryRecord } from './control-state.js';

export interface CanaryBehaviour {
  /** Added to the baseline's error ratio. */
  errorRatioDelta: number;
  p50Factor: number;
  p99Factor: number;
}

interface CanarySeed {
  id: string;
  service: DemoService;
  baselineVersion: string;
  canaryVersion: string;
  steps: number[];
  weight: number;
  behaviour: CanaryBehaviour;
}

const BAD_CHECKOUT: CanarySeed = {
  id: 'checkout-2.14.0',
  service: 'checkout',
  baselineVersion: '2.13.4',
  canaryVersion: '2.14.0',
  steps: [5, 25, 50, 100],
  weight: 5,
  // A connection-pool regression: errors and the latency tail clearly worse than the baseline.
  behaviour: { errorRatioDelta: 0.035, p50Factor: 1.25, p99Factor: 2.4 },
};

const HEALTHY_SEARCH: CanarySeed = {
  id: 'search-4.3.0',
  service: 'search',
  baselineVersion: '4.2.0',
  canaryVersion: '4.3.0',
  steps: [5, 25, 50, 100],
  weight: 25,
  behaviour: { errorRatioDelta: 0, p50Factor: 0.97, p99Factor: 0.95 },
};

function seedsFor(scenario: Scenario): CanarySeed[] {
  return scenario === 'bad-canary' ? [BAD_CHECKOUT] : [HEALTHY_SEARCH];
}

export function initialCanaries(scenario: Scenario, deployedAt: number): CanaryRecord[] {
  return seedsFor(scenario).map(({ behaviour: _behaviour, ...c }) => ({
    ...c,
    steps: [...c.steps],
    state: 'progressing',
    version: 1,
    updatedAt: deployedAt,
    updatedBy: 'release-bot',
    reason: `canary ${c.canaryVersion} started at ${c.weight}%`,
  }));
}

const HEALTHY: CanaryBehaviour = { errorRatioDelta: 0, p50Factor: 1, p99Factor: 1 };

export function canaryBehaviour(id: string): CanaryBehaviour {
  return [BAD_CHECKOUT, HEALTHY_SEARCH].find((c) => c.id === id)?.behaviour ?? HEALTHY;
}
