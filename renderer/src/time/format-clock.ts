// Times are epoch ms inside; these format them for people, in the operator's zone unless a region's zone
// is asked for. Intl formatters are costly to build and the clock re-renders every second, so they are cached.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', options);
    formatters.set(key, f);
  }
  return f;
}

/** "17:04:05" (or "17:04" without seconds), 24-hour, in `timeZone` or the operator's zone. */
export function formatClock(at: number, timeZone?: string, withSeconds = true): string {
  const key = `clock|${timeZone ?? ''}|${withSeconds}`;
  return formatter(key, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** "5 Jan 17:04" — for times that may not be today. */
export function formatDateTime(at: number, timeZone?: string): string {
  const key = `datetime|${timeZone ?? ''}`;
  return formatter(key, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** The clock for recent times, date and clock for older ones, so "since 17:02" is never yesterday's 17:02. */
export function formatMoment(at: number, now: number, timeZone?: string): string {
  return now - at < 20 * 3_600_000 ? formatClock(at, timeZone, false) : formatDateTime(at, timeZone);
}

/** Short zone name such as "GMT+8" or "EST", for labelling a region's local time. */
export function zoneLabel(at: number, timeZone: string): string {
  const parts = formatter(`zone|${timeZone}`, { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
