// What a Prometheus source fetches for one SLI: its queries and the two minute series it writes.
import type { PrometheusQueryKind } from './prometheus-config.js';

export type PromQuery =
  /** Event counts: good (or bad) and total, each in the unit `unit`. */
  | { shape: 'events'; unit: PrometheusQueryKind; good?: string; bad?: string; total: string }
  /** A precomputed ratio (Sloth's sli.raw, OpenSLO's ratioMetric.raw): each minute counts as one event. */
  | { shape: 'ratio'; of: 'bad' | 'good'; ratio: string };

export interface PrometheusTarget {
  /** Stable per SLI: names its coverage, so each SLI fetches and backfills on its own. */
  id: string;
  goodKey: string;
  totalKey: string;
  query: PromQuery;
}

/** Sloth writes `{{.window}}` where the range goes; Meridian asks for one-minute steps. */
export const withWindow = (query: string, window = '1m') => query.replace(/\{\{\s*\.window\s*\}\}/g, window);
