import { mergeSeries, type NamedSeries } from '../../charts/merge-series.js';
import { regionColour } from '../../charts/palette.js';
import { TimeLineChart, type ChartLine } from '../../charts/time-line-chart.js';
import { ErrorNote } from '../../components/error-note.js';
import { useKpis } from '../../stores/kpi-store.js';
import { formatSeriesValue, SERIES_METRICS, type KpiMetric } from './kpi-metrics.js';

const WEEK_MS = 7 * 24 * 3_600_000;

/** This week's line solid, last week's dashed and shifted onto the same hours, one colour per region. */
export function KpiChart({ metric }: { metric: KpiMetric }) {
  const series = useKpis((s) => s.series);
  const seriesError = useKpis((s) => s.seriesError);
  if (series.length === 0) return seriesError ? <ErrorNote error={seriesError} /> : <p className="loading">Loading series…</p>;
  const named: NamedSeries[] = [];
  const lines: ChartLine[] = [];
  for (const s of series) {
    const colour = regionColour(s.region);
    if (s.thisWeek) {
      named.push({ name: `${s.region}:now`, points: s.thisWeek.points });
      lines.push({ dataKey: `${s.region}:now`, name: s.region, colour });
    }
    if (s.lastWeek) {
      named.push({ name: `${s.region}:week`, points: s.lastWeek.points, shiftMs: WEEK_MS });
      lines.push({ dataKey: `${s.region}:week`, name: `${s.region} last week`, colour, dashed: true });
    }
  }
  const windows = series.flatMap((s) => (s.thisWeek ? [s.thisWeek] : []));
  const from = windows.length > 0 ? Math.min(...windows.map((w) => w.from)) : Date.now() - WEEK_MS / 7;
  const to = windows.length > 0 ? Math.max(...windows.map((w) => w.to)) : Date.now();
  const rows = mergeSeries(named);
  return (
    <>
      <ErrorNote error={seriesError} />
      <TimeLineChart
        label={`${SERIES_METRICS[metric].label} per region, last 24 hours against the same time last week`}
        rows={rows}
        lines={lines}
        from={from}
        to={to}
        formatValue={(v) => formatSeriesValue(metric, v)}
      />
      {rows.length === 0 && <p className="muted">No samples in these windows.</p>}
    </>
  );
}
