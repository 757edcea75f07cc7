// The running simulation: scenario, seed, clock and control timeline. Minutes are computed on demand; a
// minute is simulated with the controls in force at its end, so a change shows in the minute it was made.
import type { Scenario } from '../../shared/scenarios.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import type { ControlTimeline } from './control-timeline.js';
import { simulateRegionMinute } from './region-minute.js';
import type { RegionMinute, SimulationInputs } from './region-minute.js';

export interface SimulationOptions {
  seed: number;
  scenario: Scenario;
  onset: number;
  now: () => number;
  timeline: ControlTimeline;
}

export class Simulation {
  readonly inputs: SimulationInputs;
  readonly now: () => number;
  readonly timeline: ControlTimeline;

  constructor(options: SimulationOptions) {
    this.inputs = { seed: options.seed, scenario: options.scenario, onset: options.onset };
    this.now = options.now;
    this.timeline = options.timeline;
  }

  regionMinute(region: DemoRegion, minute: number): RegionMinute {
    return simulateRegionMinute(this.inputs, region, minute, this.timeline.at(minute + MINUTE_MS - 1));
  }

  /**
   * How much of a minute has happened: 1 for the past, a fraction for the minute in progress (its counters hold
   * the events so far), 0 for the future (no events yet).
   */
  elapsedShare(minute: number): number {
    return Math.min(1, Math.max(0, (this.now() - minute) / MINUTE_MS));
  }
}
