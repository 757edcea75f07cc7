// Prometheus refuses a range query with more than 11,000 points per series ("exceeded maximum resolution of
// 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"). Minute data over 30 days is
// 43,200 points, so long ranges are split instead of coarsening the step.

/** The server's limit. */
export const PROMETHEUS_MAX_POINTS = 11_000;

export interface RangePart {
  /** Seconds, inclusive: Prometheus evaluates at start, start + step, …, up to end. */
  start: number;
  end: number;
}

/** Splits [start, end] (seconds, step-aligned) into parts of at most `maxPoints` evaluation steps each. */
export function splitRange(start: number, end: number, stepSeconds: number, maxPoints = PROMETHEUS_MAX_POINTS - 1_000): RangePart[] {
  if (end < start) return [];
  const parts: RangePart[] = [];
  const span = (maxPoints - 1) * stepSeconds;
  for (let s = start; s <= end; s += span + stepSeconds) parts.push({ start: s, end: Math.min(end, s + span) });
  return parts;
}

/** Points Prometheus computes for one series of a part. */
export const pointsIn = (p: RangePart, stepSeconds: number) => Math.floor((p.end - p.start) / stepSeconds) + 1;
