// OpenSLO's duration shorthand ("28d", "4w", "1M") as the SLO windows Meridian supports.
import { MINUTE_RETENTION_MS } from '../../store/retention.js';

const DAY_MS = 86_400_000;
export const MAX_WINDOW_DAYS = Math.floor(MINUTE_RETENTION_MS / DAY_MS);

export type WindowParse = { ok: true; days: number } | { ok: false; message: string };

/** A rolling window: whole days or weeks, up to what the cache keeps. */
export function rollingWindowDays(text: string): WindowParse {
  const m = /^(\d+)\s*([mhdwMQY])$/.exec(text.trim());
  if (!m) return { ok: false, message: `"${text}" is not a duration such as 28d or 4w` };
  const n = Number(m[1]);
  const unit = m[2];
  const days = unit === 'd' ? n : unit === 'w' ? 7 * n : null;
  if (days === null) return { ok: false, message: `a rolling window in ${unit === 'm' || unit === 'h' ? 'minutes or hours' : 'months, quarters or years'} is not supported; use whole days or weeks (e.g. 28d, 4w)` };
  if (days < 1 || days > MAX_WINDOW_DAYS) return { ok: false, message: `a rolling window must be 1 to ${MAX_WINDOW_DAYS} days (Meridian keeps ${MAX_WINDOW_DAYS} days of minutes); got ${text}` };
  return { ok: true, days };
}

/** A calendar window: Meridian's calendar budgets are calendar months. */
export function isCalendarMonth(text: string): boolean {
  return /^1\s*M$/.test(text.trim());
}
