export type BreakerState = 'closed' | 'half-open' | 'open';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker refuses calls before letting one trial through. */
  cooldownMs: number;
}

/**
 * Stops hammering a platform that is down: after `failureThreshold` failures in a row, calls are refused
 * for `cooldownMs`, then one trial call decides whether to close again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** Whether a call may go out now. */
  allows(): boolean {
    return this.state !== 'open';
  }

  /** Milliseconds until an open breaker lets a trial through. */
  retryInMs(): number {
    return this.openedAt === null ? 0 : Math.max(0, this.openedAt + this.options.cooldownMs - this.now());
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
  }

  failed(): void {
    this.failures++;
    // A failed trial re-opens at once; otherwise open when the threshold is reached.
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
  }
}
