import { mergeSeries } from '../../charts/merge-series.js';
import { regionColour } from '../../charts/palette.js';
import { TimeLineChart } from '../../charts/time-line-chart.js';
import { ErrorNote } from '../../components/error-note.js';
import { useSlos } from '../../stores/slo-store.js';
import { formatPercent } from '../format-metrics.js';
import type { SloRow } from './slo-rows.js';

/** SLI attainment per bucket in every region, against the objective line. */
export function SloChart({ row, regions }: { row: SloRow; regions: string[] }) {
  const series = useSlos((s) => s.series);
  const seriesError = useSlos((s) => s.seriesError);
  const present = regions.flatMap((region) => {
    const slo = row.byRegion[region];
    const result = slo ? series[slo.id] : undefined;
    return slo && result ? [{ region, result }] : [];
  });
  const objective = Object.values(row.byRegion)[0]?.objective;
  if (present.length === 0) {
    return seriesError ? <ErrorNote error={seriesError} /> : <p className="loading">Loading series…</p>;
  }
  const from = Math.min(...present.map((p) => p.result.from));
  const to = Math.max(...present.map((p) => p.result.to));
  const rows = mergeSeries(present.map((p) => ({ name: p.region, points: p.result.points })));
  return (
    <>
      <ErrorNote error={seriesError} />
      <TimeLineChart
        label={`${row.service} ${row.sli} attainment per region, last 24 hours`}
        rows={rows}
        from={from}
        to={to}
        lines={present.map((p) => ({ dataKey: p.region, name: p.region, colour: regionColour(p.region) }))}
        formatValue={(v) => formatPercent(v, 2)}
        yDomain={['auto', 1]}
        {...(objective !== undefined ? { reference: { value: objective, label: `objective ${formatPercent(objective, 2)}` } } : {})}
      />
      {rows.length === 0 && <p className="muted">No samples in the last 24 hours.</p>}
    </>
  );
}
