// The one recharts wrapper. Only lazily loaded pages import it, which keeps recharts out of the first chunk.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDateTime } from '../time/format-clock.js';
import type { ChartAnnotation, ChartReference } from './chart-marks.js';
import type { ChartRow } from './merge-series.js';
import { AXIS, GRID } from './palette.js';
import { timeTickFormatter } from './time-ticks.js';

export interface ChartLine {
  dataKey: string;
  name: string;
  colour: string;
  dashed?: boolean;
}

export function TimeLineChart({
  rows,
  lines,
  from,
  to,
  formatValue,
  references = [],
  annotations = [],
  label,
  yDomain,
  height = 320,
  testId,
}: {
  rows: ChartRow[];
  lines: ChartLine[];
  from: number;
  to: number;
  formatValue: (v: number) => string;
  /** Horizontal lines: objectives, alert thresholds. */
  references?: readonly ChartReference[];
  /** Vertical lines with a label: operator actions, canary steps. */
  annotations?: readonly ChartAnnotation[];
  /** What the chart shows, for screen readers (the table beside it carries the numbers). */
  label: string;
  yDomain?: [number | 'auto' | 'dataMin', number | 'auto' | 'dataMax'];
  height?: number;
  testId?: string;
}) {
  const tick = timeTickFormatter(from, to);
  return (
    <figure className="chart" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis
            dataKey="ts"
            type="number"
            scale="time"
            domain={[from, to]}
            tickFormatter={(v: number) => tick(v)}
            stroke={AXIS}
            tick={{ fill: AXIS, fontSize: 12 }}
          />
          <YAxis
            domain={yDomain ?? ['auto', 'auto']}
            tickFormatter={(v: number) => formatValue(v)}
            stroke={AXIS}
            tick={{ fill: AXIS, fontSize: 12 }}
            width={72}
          />
          <Tooltip
            labelFormatter={(v) => (typeof v === 'number' ? formatDateTime(v) : String(v))}
            formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))}
            contentStyle={{ background: '#141a22', border: `1px solid ${GRID}` }}
          />
          <Legend />
          {references.map((r) => (
            <ReferenceLine
              key={`y:${r.value}:${r.label}`}
              y={r.value}
              stroke={r.colour}
              strokeDasharray={r.dashed === false ? undefined : '6 3'}
              ifOverflow={r.extendDomain ? 'extendDomain' : 'discard'}
              label={{ value: r.label, fill: r.colour, fontSize: 12, position: r.labelSide === 'left' ? 'insideTopLeft' : 'insideTopRight' }}
            />
          ))}
          {annotations.map((a, i) => (
            <ReferenceLine
              key={`x:${a.at}:${i}`}
              x={a.at}
              stroke={a.colour}
              strokeDasharray="2 3"
              ifOverflow="discard"
              label={{ value: a.label, fill: a.colour, fontSize: 11, position: i % 2 === 0 ? 'insideTopLeft' : 'insideBottomLeft' }}
            />
          ))}
          {lines.map((l) => (
            <Line
              key={l.dataKey}
              dataKey={l.dataKey}
              name={l.name}
              stroke={l.colour}
              strokeDasharray={l.dashed ? '5 4' : undefined}
              dot={false}
              connectNulls
              isAnimationActive={false}
              strokeWidth={l.dashed ? 1.5 : 2}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
