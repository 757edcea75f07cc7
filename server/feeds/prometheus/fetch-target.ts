// One SLI's good/total events per minute over [from, to), in as many range queries as the point limit needs.
import { combineEvents, eventsPerMinute, ratioEvents, STEP_SECONDS, sumByStep, type MinuteCounts } from './minute-values.js';
import { queryRange, type PrometheusEndpoint } from './prometheus-client.js';
import { withWindow, type PrometheusTarget } from './prometheus-target.js';
import { splitRange } from './range-split.js';

async function stepValues(endpoint: PrometheusEndpoint, query: string, start: number, end: number): Promise<Map<number, number>> {
  const merged = new Map<number, number>();
  for (const part of splitRange(start, end, STEP_SECONDS)) {
    for (const [t, v] of sumByStep(await queryRange(endpoint, withWindow(query), part.start, part.end, STEP_SECONDS))) merged.set(t, v);
  }
  return merged;
}

/** `from` and `to` are whole minutes (epoch ms). */
export async function fetchTargetMinutes(endpoint: PrometheusEndpoint, target: PrometheusTarget, from: number, to: number): Promise<MinuteCounts[]> {
  // The step at t covers the minute ending at t, so minutes [from, to) are the steps from + 60 s … to.
  const first = from / 1000 + STEP_SECONDS;
  const last = to / 1000;
  if (last < first) return [];
  const q = target.query;
  if (q.shape === 'ratio') return ratioEvents(await stepValues(endpoint, q.ratio, first, last), q.of);
  // A counter needs the step before the first minute to take the first difference.
  const start = q.unit === 'counter' ? first - STEP_SECONDS : first;
  const total = eventsPerMinute(await stepValues(endpoint, q.total, start, last), q.unit);
  const partQuery = q.good ?? q.bad ?? '';
  const part = eventsPerMinute(await stepValues(endpoint, partQuery, start, last), q.unit);
  return combineEvents(total, part, q.good !== undefined ? 'good' : 'bad');
}
