// Error-budget arithmetic from the Google SRE workbook, chapter "Alerting on SLOs".

export interface EventCounts {
  good: number;
  total: number;
}

/** Fraction of good events; null when nothing happened in the window. */
export function attainment({ good, total }: EventCounts): number | null {
  return total > 0 ? good / total : null;
}

/**
 * How fast the budget burns: the observed error ratio divided by the ratio the objective allows.
 * 1 means the budget lasts exactly the SLO window; 14.4 exhausts a 30-day budget in 50 hours.
 */
export function burnRate(counts: EventCounts, objective: number): number | null {
  const sli = attainment(counts);
  if (sli === null) return null;
  return (1 - sli) / (1 - objective);
}

/** Fraction of the window's error budget still unspent (negative once overspent). */
export function budgetRemaining(counts: EventCounts, objective: number): number | null {
  if (counts.total === 0) return null;
  const allowedBad = (1 - objective) * counts.total;
  const bad = counts.total - counts.good;
  return 1 - bad / allowedBad;
}

export type BurnState = 'critical' | 'increasing' | 'recovering' | 'acceptable' | 'insufficient-data';

export interface BurnWindows {
  /** Long and short windows of the fast-burn page rule: 1 h with 5 min. */
  long: EventCounts;
  short: EventCounts;
}

/** Events below which a window's ratio is noise, not evidence (a few failures of a few requests). */
export const MIN_EVENTS_FOR_ALERTING = 100;

/**
 * Multiwindow state of one alert rule: both windows over the threshold is a real, ongoing burn;
 * only the short one is a burn that is starting; only the long one is a burn that has stopped.
 */
export function burnState(windows: BurnWindows, objective: number, threshold: number): BurnState {
  if (windows.long.total < MIN_EVENTS_FOR_ALERTING) return 'insufficient-data';
  const long = burnRate(windows.long, objective) ?? 0;
  const short = burnRate(windows.short, objective) ?? 0;
  if (long >= threshold && short >= threshold) return 'critical';
  if (short >= threshold) return 'increasing';
  if (long >= threshold) return 'recovering';
  return 'acceptable';
}
