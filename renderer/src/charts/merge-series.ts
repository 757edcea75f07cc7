import type { SeriesPoint } from '../../../shared/console-api.js';

export interface NamedSeries {
  name: string;
  points: readonly SeriesPoint[];
  /** Added to each timestamp, e.g. +7 days to lay last week over this week. */
  shiftMs?: number;
}

export type ChartRow = { ts: number } & Record<string, number>;

/**
 * recharts wants one row per x value. Series downsampled separately rarely share timestamps, so rows hold
 * only the series that have a point there and lines are drawn with `connectNulls`.
 */
export function mergeSeries(series: readonly NamedSeries[]): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const s of series) {
    const shift = s.shiftMs ?? 0;
    for (const p of s.points) {
      const ts = p.ts + shift;
      const row = rows.get(ts) ?? { ts };
      row[s.name] = p.value;
      rows.set(ts, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.ts - b.ts);
}
