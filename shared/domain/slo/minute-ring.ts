// Per-minute event counts of one series, held in memory for the longest SLO window, with per-hour sums so
// that a 28-day window is ~700 additions instead of 40,000. Overwriting a minute is O(1), so minutes can
// arrive in any order (live polls at the front, history backfill at the back).
import { HOUR, MINUTE } from './windows.js';

const MINUTES_PER_HOUR = HOUR / MINUTE;

export class MinuteRing {
  private readonly values: Float64Array;
  /** One more hour than the minutes span, so the oldest partial hour never shares a slot with the newest. */
  private readonly hours: Float64Array;
  private readonly hourOf: Float64Array;
  /** Absolute minute number (epoch ms / 60,000) of the newest minute held; -Infinity when empty. */
  private newest = Number.NEGATIVE_INFINITY;

  constructor(readonly capacityMinutes: number) {
    if (capacityMinutes % MINUTES_PER_HOUR !== 0) throw new Error('a minute ring holds whole hours');
    this.values = new Float64Array(capacityMinutes);
    const hourSlots = capacityMinutes / MINUTES_PER_HOUR + 1;
    this.hours = new Float64Array(hourSlots);
    this.hourOf = new Float64Array(hourSlots).fill(Number.NaN);
  }

  /** Epoch ms of the newest minute held, null when empty. */
  get newestMinute(): number | null {
    return Number.isFinite(this.newest) ? this.newest * MINUTE : null;
  }

  /** Sets the count of the minute starting at `ts` (a whole minute). Minutes older than the ring are ignored. */
  set(ts: number, value: number): void {
    const m = Math.floor(ts / MINUTE);
    if (m > this.newest) this.advance(m);
    if (m <= this.newest - this.capacityMinutes) return;
    const slot = m % this.capacityMinutes;
    const hourSlot = this.hourSlot(m);
    this.hours[hourSlot] = (this.hours[hourSlot] ?? 0) + value - (this.values[slot] ?? 0);
    this.values[slot] = value;
  }

  /** Sum of the minutes in [from, to) that the ring holds. */
  sum(from: number, to: number): number {
    if (!Number.isFinite(this.newest)) return 0;
    let a = Math.max(Math.ceil(from / MINUTE), this.newest - this.capacityMinutes + 1);
    const b = Math.min(Math.ceil(to / MINUTE), this.newest + 1);
    let total = 0;
    // Leading minutes up to the first whole hour, whole hours, then trailing minutes.
    while (a < b && a % MINUTES_PER_HOUR !== 0) total += this.values[a++ % this.capacityMinutes] ?? 0;
    while (a + MINUTES_PER_HOUR <= b) {
      total += this.hours[this.hourSlot(a)] ?? 0;
      a += MINUTES_PER_HOUR;
    }
    while (a < b) total += this.values[a++ % this.capacityMinutes] ?? 0;
    return total;
  }

  private hourSlot(minute: number): number {
    return Math.floor(minute / MINUTES_PER_HOUR) % this.hours.length;
  }

  /** Moves the front to minute `m`, clearing the minutes (and hours) that fall out of the ring. */
  private advance(m: number): void {
    const first = Number.isFinite(this.newest) ? Math.max(this.newest + 1, m - this.capacityMinutes + 1) : m - this.capacityMinutes + 1;
    if (!Number.isFinite(this.newest) || m - this.newest >= this.capacityMinutes) {
      this.values.fill(0);
      this.hours.fill(0);
      this.hourOf.fill(Number.NaN);
    } else {
      for (let k = first; k <= m; k++) {
        const slot = k % this.capacityMinutes;
        const expired = this.values[slot] ?? 0;
        // The expired minute's hour may still be partly in the ring: take the minute out of its sum.
        const hourSlot = this.hourSlot(k - this.capacityMinutes);
        if (expired !== 0 && this.hourOf[hourSlot] === Math.floor((k - this.capacityMinutes) / MINUTES_PER_HOUR)) {
          this.hours[hourSlot] = (this.hours[hourSlot] ?? 0) - expired;
        }
        this.values[slot] = 0;
      }
    }
    // An hour slot taken over by a newer hour starts from zero (its old minutes have all expired).
    for (let h = Math.floor(first / MINUTES_PER_HOUR); h <= Math.floor(m / MINUTES_PER_HOUR); h++) {
      const slot = h % this.hours.length;
      if (this.hourOf[slot] !== h) {
        this.hours[slot] = 0;
        this.hourOf[slot] = h;
      }
    }
    this.newest = m;
  }
}
