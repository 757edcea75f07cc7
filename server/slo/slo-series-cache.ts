// The SLO engine's view of the minute series: one MinuteRing per series, loaded once from SQLite and then
// kept current by reading only what changed (the recent tail, and history that backfill added below what
// was loaded). This replaces a dozen SQL sums per SLO per evaluation with in-memory window sums.
import { MinuteRing } from '../../shared/domain/slo/minute-ring.js';
import { RingCounts } from '../../shared/domain/slo/ring-counts.js';
import { DAY_MS, MINUTE_MS } from '../../shared/topology.js';
import { MINUTE_RETENTION_MS } from '../store/retention.js';
import type { MinuteReader } from './minute-reader.js';

/**
 * Sources only ever rewrite their recent past (native feeds re-read 2 minutes, Prometheus 10): re-reading
 * the last 15 minutes on every refresh sees every rewrite without rescanning history.
 */
const TAIL_MS = 15 * MINUTE_MS;
/** Whole days: what the cache keeps, so every window up to the retention is answered from memory. */
export const RING_CAPACITY_MINUTES = Math.ceil(MINUTE_RETENTION_MS / DAY_MS) * 24 * 60;

interface Tracked {
  ring: MinuteRing;
  seriesId: number | null;
  /** Oldest minute already read from SQLite; history below it arrives through backfill. */
  oldestRead: number | null;
}

export class SloSeriesCache {
  private readonly tracked = new Map<string, Tracked>();

  constructor(
    private readonly reader: MinuteReader,
    private readonly capacityMinutes = RING_CAPACITY_MINUTES,
  ) {}

  /** Good/total counts over two series; both are loaded on the next refresh if they are new. */
  counts(goodKey: string, totalKey: string): RingCounts {
    return new RingCounts(this.track(goodKey).ring, this.track(totalKey).ring);
  }

  /** Brings every tracked series up to date with SQLite; drops series no SLO reads any more. */
  refresh(now: number, keep?: ReadonlySet<string>): void {
    const horizon = Math.floor(now / MINUTE_MS) * MINUTE_MS - this.capacityMinutes * MINUTE_MS;
    for (const [key, t] of this.tracked) {
      if (keep && !keep.has(key)) {
        this.tracked.delete(key);
        continue;
      }
      t.seriesId ??= this.reader.seriesId(key);
      if (t.seriesId === null) continue;
      const id = t.seriesId;
      const set = (ts: number, v: number) => t.ring.set(ts, v);
      if (t.oldestRead === null) {
        this.reader.each(id, horizon, Number.MAX_SAFE_INTEGER, set);
        t.oldestRead = this.reader.oldest(id) ?? horizon;
        continue;
      }
      const oldest = this.reader.oldest(id);
      if (oldest !== null && oldest < t.oldestRead) {
        this.reader.each(id, Math.max(oldest, horizon), t.oldestRead, set);
        t.oldestRead = oldest;
      }
      const newest = t.ring.newestMinute;
      this.reader.each(id, newest === null ? horizon : newest - TAIL_MS, Number.MAX_SAFE_INTEGER, set);
    }
  }

  private track(key: string): Tracked {
    let t = this.tracked.get(key);
    if (!t) {
      t = { ring: new MinuteRing(this.capacityMinutes), seriesId: null, oldestRead: null };
      this.tracked.set(key, t);
    }
    return t;
  }
}
