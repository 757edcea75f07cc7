// The SLO detail charts, computed from counts at evenly spaced times: at most `maxPoints` per series, each
// point a whole window evaluated at that time (not a downsampled minute line), so the chart says exactly what
// the alert rules saw at that moment.
import type { SeriesPoint } from '../../console-api.js';
import { budgetRemaining, burnRate, type EventCounts } from '../burn-rate.js';
import { monthStartUtc } from './calendar.js';
import type { CountSource } from './evaluate-slo.js';
import { DAY, MINUTE } from './windows.js';

export interface SampleGrid {
  /** End of each bucket, a whole minute. */
  times: number[];
  stepMs: number;
}

/** Bucket ends from `from` to `to`, whole minutes apart, no more than `maxPoints` of them. */
export function sampleGrid(from: number, to: number, maxPoints: number): SampleGrid {
  const span = Math.max(MINUTE, to - from);
  const stepMs = Math.max(1, Math.ceil(span / maxPoints / MINUTE)) * MINUTE;
  const last = Math.floor(to / MINUTE) * MINUTE;
  const times: number[] = [];
  for (let t = last; t > from && times.length < maxPoints; t -= stepMs) times.push(t);
  return { times: times.reverse(), stepMs };
}

function series(grid: SampleGrid, value: (t: number) => number | null): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const ts of grid.times) {
    const v = value(ts);
    if (v !== null && Number.isFinite(v)) points.push({ ts, value: v });
  }
  return points;
}

const ratio = (c: EventCounts) => (c.total > 0 ? c.good / c.total : null);

/** The SLI over each bucket. */
export const sliSeries = (source: CountSource, grid: SampleGrid) => series(grid, (t) => ratio(source.counts(t - grid.stepMs, t)));

/** Rolling-window budget remaining as it stood at each time. */
export const rollingBudgetSeries = (source: CountSource, grid: SampleGrid, windowDays: number, objective: number) =>
  series(grid, (t) => budgetRemaining(source.counts(t - windowDays * DAY, t), objective));

/** Calendar-month budget remaining as it stood at each time (it starts again at 1 each month). */
export const calendarBudgetSeries = (source: CountSource, grid: SampleGrid, objective: number) =>
  series(grid, (t) => budgetRemaining(source.counts(monthStartUtc(t - 1), t), objective));

/** Burn rate over the `windowMs` before each time. */
export const burnRateSeries = (source: CountSource, grid: SampleGrid, windowMs: number, objective: number) =>
  series(grid, (t) => burnRate(source.counts(t - windowMs, t), objective));
