import type { SourceState } from '../../shared/console-api.js';
import type { BreakerState } from './circuit-breaker.js';

export interface FreshnessInput {
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  consecutiveFailures: number;
  breaker: BreakerState;
  intervalMs: number;
  now: number;
}

/** Failures in a row after which a source counts as offline rather than merely stale. */
export const OFFLINE_AFTER_FAILURES = 3;

/**
 * live: the last poll worked and is recent. stale: data is aging (a failure or two, or polls late).
 * offline: the platform keeps failing or the breaker is open. pending: nothing tried yet, nothing cached.
 */
export function freshness(s: FreshnessInput): SourceState {
  if (s.breaker === 'open' || s.consecutiveFailures >= OFFLINE_AFTER_FAILURES) return 'offline';
  if (s.lastSuccessAt === null) return s.lastAttemptAt === null ? 'pending' : 'stale';
  if (s.consecutiveFailures > 0) return 'stale';
  return s.now - s.lastSuccessAt <= 3 * s.intervalMs ? 'live' : 'stale';
}
