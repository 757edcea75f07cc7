// The operator-controlled state of the whole demo platform at one moment. Snapshots are immutable: a write
// builds a new one (sharing untouched regions), so the timeline can hand out past states safely.
import type { Canary, Degradation, FeatureFlag, TrafficSplit, TrafficWeights } from '../../shared/platform-api/index.js';

/** A canary as stored; its metrics are simulated on read. */
export type CanaryRecord = Omit<Canary, 'canary' | 'baseline'>;

export interface RegionControlState {
  readonly flags: readonly FeatureFlag[];
  readonly degradation: Degradation;
  readonly canaries: readonly CanaryRecord[];
}

export interface ControlState {
  readonly traffic: TrafficSplit;
  readonly regions: Readonly<Record<string, RegionControlState>>;
}

/** Weights in force at `t`: a temporary shift has already reverted once its expiry has passed. */
export function weightsAt(traffic: TrafficSplit, t: number): TrafficWeights {
  if (traffic.expiresAt !== null && traffic.revertTo !== null && t >= traffic.expiresAt) return traffic.revertTo;
  return traffic.weights;
}

export function flagEnabled(region: RegionControlState | undefined, key: string): boolean {
  return region?.flags.find((f) => f.key === key)?.enabled ?? false;
}

export function withRegion(state: ControlState, region: string, next: RegionControlState): ControlState {
  return { ...state, regions: { ...state.regions, [region]: next } };
}
