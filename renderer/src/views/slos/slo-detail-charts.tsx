import type { SeriesResult } from '../../../../shared/console-api.js';
import type { SloDetail } from '../../../../shared/slo-api.js';
import type { ChartAnnotation, ChartReference } from '../../charts/chart-marks.js';
import { mergeSeries } from '../../charts/merge-series.js';
import { PAGE_THRESHOLD, REFERENCE, TICKET_THRESHOLD, WHAT_IF, regionColour } from '../../charts/palette.js';
import { TimeLineChart } from '../../charts/time-line-chart.js';
import { formatPercent } from '../format-metrics.js';
import { formatFactor, thresholdLines } from './burn-thresholds.js';
import { formatBurn } from './slo-format.js';
import { objectiveText } from './what-if.js';

const PRIMARY = '#4ea1ff';
const SECONDARY = '#9ecbff';

interface ChartProps {
  detail: SloDetail;
  from: number;
  to: number;
  annotations: ChartAnnotation[];
}

function empty(...series: SeriesResult[]): boolean {
  return series.every((s) => s.points.length === 0);
}

function NoSamples() {
  return <p className="muted">No samples in this range.</p>;
}

export function SliChart({ detail, from, to, annotations, whatIf }: ChartProps & { whatIf: number | null }) {
  const d = detail.evaluation.definition;
  const references: ChartReference[] = [
    { value: d.objective, label: `objective ${objectiveText(d.objective)}%`, colour: REFERENCE, extendDomain: true },
    ...(whatIf !== null ? [{ value: whatIf, label: `what-if ${objectiveText(whatIf)}%`, colour: WHAT_IF, extendDomain: true, labelSide: 'left' as const }] : []),
  ];
  return (
    <>
      <TimeLineChart
        testId="slo-chart-sli"
        label={`${d.service} ${d.sli} SLI in ${d.region} against its ${objectiveText(d.objective)}% objective`}
        rows={mergeSeries([{ name: 'sli', points: detail.sli.points }])}
        lines={[{ dataKey: 'sli', name: `SLI (${d.region})`, colour: regionColour(d.region) }]}
        from={from}
        to={to}
        formatValue={(v) => formatPercent(v, 2)}
        yDomain={['auto', 1]}
        references={references}
        annotations={annotations}
        height={260}
      />
      {empty(detail.sli) && <NoSamples />}
    </>
  );
}

export function BudgetChart({ detail, from, to, annotations }: ChartProps) {
  const d = detail.evaluation.definition;
  return (
    <>
      <TimeLineChart
        testId="slo-chart-budget"
        label={`Error budget remaining over time: rolling ${d.windowDays}-day window and the current calendar month`}
        rows={mergeSeries([
          { name: 'rolling', points: detail.budgetRolling.points },
          { name: 'calendar', points: detail.budgetCalendar.points },
        ])}
        lines={[
          { dataKey: 'rolling', name: `rolling ${d.windowDays} d`, colour: PRIMARY },
          { dataKey: 'calendar', name: 'calendar month', colour: SECONDARY, dashed: true },
        ]}
        from={from}
        to={to}
        formatValue={(v) => formatPercent(v, 0)}
        references={[{ value: 0, label: 'budget exhausted', colour: REFERENCE, extendDomain: true }]}
        annotations={annotations}
        height={260}
      />
      {empty(detail.budgetRolling, detail.budgetCalendar) && <NoSamples />}
    </>
  );
}

export function BurnChart({ detail, from, to, annotations }: ChartProps) {
  const thresholds = thresholdLines(detail.evaluation.rules);
  // Thresholds sit close together (0.93× to 13.44×) under a burn spike, so labels are short and alternate ends.
  const references: ChartReference[] = thresholds.map((t, i) => ({
    value: t.value,
    label: `${t.severity} ${formatFactor(t.value)}${t.firing ? ' firing' : ''}`,
    colour: t.severity === 'page' ? PAGE_THRESHOLD : TICKET_THRESHOLD,
    dashed: !t.firing,
    extendDomain: true,
    labelSide: i % 2 === 0 ? 'right' : 'left',
  }));
  return (
    <>
      <TimeLineChart
        testId="slo-chart-burn"
        label="Burn rate over 1 hour and 6 hours against the page and ticket thresholds"
        rows={mergeSeries([
          { name: 'burn1h', points: detail.burnRate1h.points },
          { name: 'burn6h', points: detail.burnRate6h.points },
        ])}
        lines={[
          { dataKey: 'burn1h', name: 'burn 1 h', colour: PRIMARY },
          { dataKey: 'burn6h', name: 'burn 6 h', colour: SECONDARY, dashed: true },
        ]}
        from={from}
        to={to}
        formatValue={(v) => formatBurn(v)}
        yDomain={[0, 'auto']}
        references={references}
        annotations={annotations}
        height={280}
      />
      {thresholds.length > 0 && (
        <p className="chart-note muted" data-testid="slo-thresholds">
          Thresholds: {thresholds.map((t) => `${t.label}${t.firing ? ' (firing)' : ''}`).join(' · ')}. Solid when firing.
        </p>
      )}
      {empty(detail.burnRate1h, detail.burnRate6h) && <NoSamples />}
    </>
  );
}
