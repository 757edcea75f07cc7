// How a service judges its own health and its circuit breakers, from the figures of the current minute.
import type { HealthStatus } from '../../shared/platform-api/index.js';

type BreakerState = 'closed' | 'half-open' | 'open';

/** Breakers trip on the dependency's error ratio: probing (half-open) from 3 %, open from 8 %. */
export function breakerState(dependencyErrorRatio: number, bypassed: boolean): BreakerState {
  if (bypassed) return 'closed';
  if (dependencyErrorRatio >= 0.08) return 'open';
  if (dependencyErrorRatio >= 0.03) return 'half-open';
  return 'closed';
}

export function serviceStatus(errorRatio: number, p99Ms: number, latencyThresholdMs: number, breakers: readonly BreakerState[]): HealthStatus {
  if (errorRatio >= 0.05 || p99Ms > 4 * latencyThresholdMs) return 'fail';
  if (errorRatio >= 0.01 || p99Ms > 1.5 * latencyThresholdMs || breakers.some((b) => b !== 'closed')) return 'warn';
  return 'pass';
}
