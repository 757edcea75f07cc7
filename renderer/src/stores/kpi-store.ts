import { create } from 'zustand';
import type { KpiComparison, SeriesResult } from '../../../shared/console-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import type { KpiMetric } from '../views/kpis/kpi-metrics.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

const DAY_MS = 24 * 3_600_000;
const WEEK_MS = 7 * DAY_MS;
const MAX_POINTS = 400;

export interface RegionKpiSeries {
  region: string;
  thisWeek: SeriesResult | null;
  /** The same 24 h one week earlier, as stored (not shifted). */
  lastWeek: SeriesResult | null;
}

interface KpiState {
  summary: KpiComparison[] | null;
  summaryAt: number | null;
  error: ApiError | null;
  metric: KpiMetric | null;
  series: RegionKpiSeries[];
  seriesError: ApiError | null;
}

export const useKpis = create<KpiState>()(() => ({
  summary: null,
  summaryAt: null,
  error: null,
  metric: null,
  series: [],
  seriesError: null,
}));

async function fetchSeries(metric: KpiMetric, regions: string[]): Promise<void> {
  const to = Date.now();
  const from = to - DAY_MS;
  const range = (f: number, t: number) => ({ from: f, to: t, maxPoints: MAX_POINTS });
  const results = await Promise.all(
    regions.map(async (region) => {
      const [now, before] = await Promise.all([
        call(() => api.kpi.series.query({ region, metric, ...range(from, to) })),
        call(() => api.kpi.series.query({ region, metric, ...range(from - WEEK_MS, to - WEEK_MS) })),
      ]);
      return { region, now, before };
    }),
  );
  if (useKpis.getState().metric !== metric) return;
  const failed = results.flatMap((r) => [r.now, r.before]).find((r) => !r.ok);
  useKpis.setState({
    series: results.map((r) => ({
      region: r.region,
      thisWeek: r.now.ok ? r.now.value : null,
      lastWeek: r.before.ok ? r.before.value : null,
    })),
    seriesError: failed && !failed.ok ? failed.error : null,
  });
}

function regions(): string[] {
  return useKpis.getState().summary?.map((c) => c.region) ?? [];
}

export const loadKpis = coalesce(async () => {
  registerLoader('kpis', loadKpis);
  const r = await call(() => api.kpi.summary.query({ windowMs: DAY_MS }));
  if (r.ok) useKpis.setState({ summary: r.value, summaryAt: Date.now(), error: null });
  else useKpis.setState({ error: r.error });
  const metric = useKpis.getState().metric;
  if (metric) await fetchSeries(metric, regions());
});

export function chooseMetric(metric: KpiMetric): void {
  if (useKpis.getState().metric === metric) return;
  useKpis.setState({ metric, series: [], seriesError: null });
  // Before the summary has named the regions, loadKpis fetches the series once it has.
  if (regions().length > 0) void fetchSeries(metric, regions());
}
