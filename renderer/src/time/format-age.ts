// Ages are what an operator reads first ("is this number current?"), so they are short and coarse:
// seconds only matter in the first minute, minutes in the first hour.
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "12 s ago", "3 min ago", "1 h 5 min ago", "2 d ago". */
export function formatAge(ageMs: number): string {
  if (!Number.isFinite(ageMs)) return 'age unknown';
  // A few seconds in the future is clock skew between backend and browser, not a real future time.
  if (ageMs < SECOND) return 'just now';
  if (ageMs < MINUTE) return `${Math.floor(ageMs / SECOND)} s ago`;
  if (ageMs < HOUR) return `${Math.floor(ageMs / MINUTE)} min ago`;
  if (ageMs < DAY) {
    const hours = Math.floor(ageMs / HOUR);
    const minutes = Math.floor((ageMs % HOUR) / MINUTE);
    // Past ten hours the minutes are noise.
    return hours < 10 && minutes > 0 ? `${hours} h ${minutes} min ago` : `${hours} h ago`;
  }
  return `${Math.floor(ageMs / DAY)} d ago`;
}

/** Age of a timestamp at `now`; "never" when there has been no observation at all. */
export function formatAgeAt(at: number | null, now: number): string {
  return at === null ? 'never' : formatAge(now - at);
}

/**
 * Minute-grained age for text inside live regions (the offline banner is role="alert"): a screen reader
 * re-reads an alert whenever its text changes, so it must not change every second.
 */
export function formatAgeCoarse(at: number | null, now: number): string {
  if (at === null) return 'never';
  return now - at < MINUTE ? 'under a minute ago' : formatAge(now - at);
}
