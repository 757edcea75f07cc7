// The one recharts wrapper. Only lazily loaded pages import it, which keeps recharts out of the first chunk.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatClock, formatDateTime } from '../time/format-clock.js';
import type { ChartRow } from './merge-series.js';
import { AXIS, GRID, REFERENCE } from './palette.js';

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
  reference,
  label,
  yDomain,
}: {
  rows: ChartRow[];
  lines: ChartLine[];
  from: number;
  to: number;
  formatValue: (v: number) => string;
  reference?: { value: number; label: string };
  /** What the chart shows, for screen readers (the table beside it carries the numbers). */
  label: string;
  yDomain?: [number | 'auto' | 'dataMin', number | 'auto' | 'dataMax'];
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis
            dataKey="ts"
            type="number"
            scale="time"
            domain={[from, to]}
            tickFormatter={(v: number) => formatClock(v, undefined, false)}
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
          {reference && (
            <ReferenceLine y={reference.value} stroke={REFERENCE} strokeDasharray="6 3" label={{ value: reference.label, fill: REFERENCE, fontSize: 12 }} />
          )}
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
