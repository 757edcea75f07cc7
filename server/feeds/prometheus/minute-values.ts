// From range-query answers at one-minute steps to good/total events per minute. A step at t describes the
// minute that ends at t, stored under that minute's start (t − 60 s), like the platform's minute batches.
import type { PrometheusQueryKind } from './prometheus-config.js';
import type { RangeSeries } from './prometheus-client.js';

export const STEP_SECONDS = 60;

/**
 * The sum of all series per step, as `sum()` would give: a query that returns one series per label set is
 * still one SLI. NaN and ±Inf samples (0/0, x/0) carry no count and are skipped.
 */
export function sumByStep(series: readonly RangeSeries[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const s of series) for (const p of s.points) if (Number.isFinite(p.v)) sums.set(p.t, (sums.get(p.t) ?? 0) + p.v);
  return sums;
}

/** Events per minute (keyed by the minute's start, epoch ms) from per-step values of the given kind. */
export function eventsPerMinute(byStep: ReadonlyMap<number, number>, kind: PrometheusQueryKind): Map<number, number> {
  const out = new Map<number, number>();
  for (const [t, v] of byStep) {
    let events: number;
    if (kind === 'counter') {
      const before = byStep.get(t - STEP_SECONDS);
      if (before === undefined) continue;
      // A drop is a counter reset (a restart): everything counted since the reset happened in this minute.
      events = v >= before ? v - before : v;
    } else {
      events = kind === 'rate' ? v * STEP_SECONDS : v;
    }
    out.set((t - STEP_SECONDS) * 1000, Math.max(0, events));
  }
  return out;
}

export interface MinuteCounts {
  ts: number;
  good: number;
  total: number;
}

/**
 * Good and total per minute from total events and either good or bad events. A minute with a total but no good
 * or bad value had none of them (`sum(rate(x{code=~"5.."}[1m]))` is empty, not 0, when nothing failed).
 */
export function combineEvents(total: ReadonlyMap<number, number>, part: ReadonlyMap<number, number>, partIs: 'good' | 'bad'): MinuteCounts[] {
  const rows: MinuteCounts[] = [];
  for (const [ts, t] of total) {
    const p = part.get(ts);
    const good = partIs === 'good' ? (p ?? 0) : t - (p ?? 0);
    rows.push({ ts, total: t, good: Math.min(t, Math.max(0, good)) });
  }
  return rows.sort((a, b) => a.ts - b.ts);
}

/** A ratio SLI: every minute with a finite ratio is one event, good in proportion. */
export function ratioEvents(byStep: ReadonlyMap<number, number>, of: 'good' | 'bad'): MinuteCounts[] {
  const rows: MinuteCounts[] = [];
  for (const [t, r] of byStep) {
    const clamped = Math.min(1, Math.max(0, r));
    rows.push({ ts: (t - STEP_SECONDS) * 1000, total: 1, good: of === 'good' ? clamped : 1 - clamped });
  }
  return rows.sort((a, b) => a.ts - b.ts);
}
