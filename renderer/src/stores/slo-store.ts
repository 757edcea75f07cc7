import { create } from 'zustand';
import type { SeriesResult, SloStatus } from '../../../shared/console-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

const DAY_MS = 24 * 3_600_000;
const MAX_POINTS = 500;

interface SloState {
  slos: SloStatus[] | null;
  error: ApiError | null;
  /** SLO ids whose series the chart shows (one objective, every region). */
  chartIds: string[];
  series: Record<string, SeriesResult>;
  seriesError: ApiError | null;
}

export const useSlos = create<SloState>()(() => ({ slos: null, error: null, chartIds: [], series: {}, seriesError: null }));

async function fetchSeries(ids: string[]): Promise<void> {
  const to = Date.now();
  const from = to - DAY_MS;
  const results = await Promise.all(ids.map((id) => call(() => api.slo.series.query({ id, from, to, maxPoints: MAX_POINTS }))));
  // A newer selection may have replaced this one while it loaded.
  if (useSlos.getState().chartIds.join() !== ids.join()) return;
  const series: Record<string, SeriesResult> = {};
  let seriesError: ApiError | null = null;
  results.forEach((r, i) => {
    const id = ids[i];
    if (id === undefined) return;
    if (r.ok) series[id] = r.value;
    else seriesError = r.error;
  });
  useSlos.setState({ series, seriesError });
}

export const loadSlos = coalesce(async () => {
  registerLoader('slos', loadSlos);
  const [list] = await Promise.all([call(() => api.slo.list.query()), fetchSeries(useSlos.getState().chartIds)]);
  useSlos.setState(list.ok ? { slos: list.value, error: null } : { error: list.error });
});

export function showSeries(ids: string[]): void {
  if (useSlos.getState().chartIds.join() === ids.join()) return;
  useSlos.setState({ chartIds: ids, series: {}, seriesError: null });
  void fetchSeries(ids);
}
