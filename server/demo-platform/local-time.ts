// Local wall-clock time of a region. Intl is slow per call, so the UTC offset is cached per quarter hour:
// every DST transition of the demo zones falls on a quarter-hour boundary, so the cache is exact for them.
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/topology.js';

const SLOT_MS = 15 * MINUTE_MS;
const MAX_CACHED = 50_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function computeOffset(timeZone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(t)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** Milliseconds to add to UTC to get the zone's wall-clock time at `t`. */
export function utcOffsetMs(timeZone: string, t: number): number {
  const slot = Math.floor(t / SLOT_MS);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(slot);
  if (offset === undefined) {
    offset = computeOffset(timeZone, slot * SLOT_MS);
    if (zone.size >= MAX_CACHED) zone.clear();
    zone.set(slot, offset);
  }
  return offset;
}

/** Local hour of day as a fraction, 0 ≤ h < 24. */
export function localHourOfDay(timeZone: string, t: number): number {
  const local = t + utcOffsetMs(timeZone, t);
  return (((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
}

/** Local day of week, 0 = Sunday (1970-01-01 was a Thursday). */
export function localDayOfWeek(timeZone: string, t: number): number {
  const day = Math.floor((t + utcOffsetMs(timeZone, t)) / DAY_MS);
  return (((day + 4) % 7) + 7) % 7;
}
