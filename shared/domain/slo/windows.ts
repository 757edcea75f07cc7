// The burn-rate windows of the SRE workbook's multiwindow, multi-burn-rate alerts, as durations.
import type { BurnWindow } from '../../slo-api.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const BURN_WINDOW_MS: Readonly<Record<BurnWindow, number>> = {
  '5m': 5 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '6h': 6 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
};

/** Evaluations end at a whole minute: the minute in progress is not complete on any source yet. */
export const minuteFloor = (t: number) => Math.floor(t / MINUTE) * MINUTE;
