import { EventEmitter } from 'node:events';
import type { FeedKind, SourceStatus } from '../../shared/console-api.js';
import type { SourceStatusStore, PersistedSourceStatus } from '../store/source-status-store.js';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.js';
import type { FeedSource } from './feed-source.js';
import { freshness } from './freshness.js';
import { withRetry } from './retry.js';
import { isRetryable } from './source-error.js';

export interface PollerOptions {
  breaker: BreakerOptions;
  retry: { attempts: number; baseDelayMs: number };
  now?: () => number;
  /** Called with every failure, for the server log. */
  onError?: (sourceId: string, message: string) => void;
}

export interface PollerEvents {
  /** A source's data changed in the cache (after a successful poll or backfill step). */
  changed: [FeedKind];
  /** A source's status changed (success after failure, new failure). */
  status: [SourceStatus];
}

interface Tracked {
  source: FeedSource;
  breaker: CircuitBreaker;
  status: PersistedSourceStatus;
  timer: NodeJS.Timeout | null;
  backfilling: boolean;
  lastState: SourceStatus['state'] | null;
}

/** Polls every source on its own interval, with retries, a breaker and freshness bookkeeping per source. */
export class Poller extends EventEmitter<PollerEvents> {
  private readonly tracked = new Map<string, Tracked>();
  private readonly now: () => number;
  private stopped = false;
  private agingTimer: NodeJS.Timeout | null = null;

  constructor(
    sources: readonly FeedSource[],
    private readonly statusStore: SourceStatusStore,
    private readonly options: PollerOptions,
  ) {
    super();
    this.now = options.now ?? Date.now;
    const persisted = statusStore.loadAll();
    for (const source of sources) {
      this.tracked.set(source.id, {
        source,
        breaker: new CircuitBreaker(options.breaker, this.now),
        status: persisted.get(source.id) ?? { sourceId: source.id, lastSuccessAt: null, lastAttemptAt: null, lastError: null, consecutiveFailures: 0 },
        timer: null,
        backfilling: false,
        lastState: null,
      });
    }
  }

  start(): void {
    this.stopped = false;
    for (const t of this.tracked.values()) void this.runOnce(t);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.tracked.values()) if (t.timer) clearTimeout(t.timer);
  }

  statuses(): SourceStatus[] {
    return [...this.tracked.values()].map((t) => this.view(t));
  }

  /** Polls one source now, e.g. right after a write changed it. */
  async refresh(sourceId: string): Promise<void> {
    const t = this.tracked.get(sourceId);
    if (t) await this.pollSource(t);
  }

  /** Polls every source now and resolves when all have answered or failed (tests and "refresh now"). */
  async pollAll(): Promise<void> {
    await Promise.all([...this.tracked.values()].map((t) => this.pollSource(t)));
  }

  private view(t: Tracked): SourceStatus {
    const breaker = t.breaker.state;
    return {
      id: t.source.id,
      region: t.source.region,
      feed: t.source.feed,
      url: t.source.url,
      state: freshness({ ...t.status, breaker, intervalMs: t.source.intervalMs, now: this.now() }),
      lastSuccessAt: t.status.lastSuccessAt,
      lastAttemptAt: t.status.lastAttemptAt,
      lastError: t.status.lastError,
      consecutiveFailures: t.status.consecutiveFailures,
      breaker,
    };
  }

  private async runOnce(t: Tracked): Promise<void> {
    if (this.stopped) return;
    const delay = t.breaker.allows() ? (await this.pollSource(t), t.source.intervalMs) : Math.max(t.breaker.retryInMs(), 250);
    if (!this.stopped) t.timer = setTimeout(() => void this.runOnce(t), delay);
  }

  private async pollSource(t: Tracked): Promise<void> {
    const startedAt = this.now();
    // Taken before the breaker reacts to this poll, so a transition it causes is reported.
    const before = this.view(t);
    try {
      await withRetry(() => t.source.poll(this.now()), { ...this.options.retry, isRetryable });
      if (this.stopped) return;
      t.breaker.succeeded();
      this.record(t, before, { lastSuccessAt: startedAt, lastAttemptAt: startedAt, lastError: null, consecutiveFailures: 0 });
      this.emit('changed', t.source.feed);
      void this.backfill(t);
    } catch (error) {
      // After stop() the cache may already be closed: a poll still in flight has nothing left to report.
      if (this.stopped) return;
      t.breaker.failed();
      const message = error instanceof Error ? error.message : String(error);
      this.options.onError?.(t.source.id, message);
      this.record(t, before, { lastAttemptAt: startedAt, lastError: message, consecutiveFailures: t.status.consecutiveFailures + 1 });
    }
  }

  /** Fills history one chunk at a time, yielding between chunks so live polls are never starved. */
  private async backfill(t: Tracked): Promise<void> {
    if (!t.source.backfillStep || t.backfilling) return;
    t.backfilling = true;
    try {
      while (!this.stopped && (await t.source.backfillStep(this.now()))) {
        this.emit('changed', t.source.feed);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // History is best effort: the next successful poll resumes where this stopped.
      this.options.onError?.(t.source.id, `history backfill paused: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      t.backfilling = false;
    }
  }

  private record(t: Tracked, before: SourceStatus, patch: Partial<PersistedSourceStatus>): void {
    t.status = { ...t.status, ...patch };
    this.statusStore.save(t.status);
    const after = this.view(t);
    t.lastState = after.state;
    if (before.state !== after.state || before.lastError !== after.lastError) this.emit('status', after);
  }

  /** Freshness also changes with time alone (live data ages into stale): report those transitions too. */
  private watchAging(): void {
    for (const t of this.tracked.values()) {
      const view = this.view(t);
      if (view.state !== t.lastState) {
        t.lastState = view.state;
        this.emit('status', view);
      }
    }
  }
}
