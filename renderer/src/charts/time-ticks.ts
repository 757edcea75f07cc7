import { formatClock, formatDateTime } from '../time/format-clock.js';

const HOUR_MS = 3_600_000;

/**
 * Axis labels in the operator's zone: the clock for a day or less, date and clock beyond, where "17:00"
 * alone would not say which day.
 */
export function timeTickFormatter(from: number, to: number): (at: number) => string {
  return to - from > 26 * HOUR_MS ? (at) => formatDateTime(at) : (at) => formatClock(at, undefined, false);
}
