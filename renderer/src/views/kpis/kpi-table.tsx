import type { KpiComparison } from '../../../../shared/console-api.js';
import { deltaTone, formatChange, relativeChange } from './kpi-delta.js';
import { FIGURES, figure } from './kpi-metrics.js';

/** Each region's last 24 h against the same 24 h a week earlier; colour says better or worse, not up or down. */
export function KpiTable({ comparisons }: { comparisons: KpiComparison[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table kpi-table">
        <caption className="visually-hidden">KPIs per region, last 24 hours against the same time last week</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {FIGURES.map((f) => (
              <th scope="col" key={f.key}>
                {f.label}
              </th>
            ))}
            <th scope="col">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {comparisons.map((c) => (
            <tr key={c.region} data-testid={`kpi-row-${c.region}`}>
              <th scope="row">{c.region}</th>
              {FIGURES.map((f) => {
                const now = figure(c.current, f.key);
                const before = figure(c.previous, f.key);
                const change = relativeChange(now, before);
                const tone = deltaTone(change, f.higherIsBetter);
                return (
                  <td key={f.key} data-testid={`kpi-${c.region}-${f.key}`} title={`last week: ${f.format(before)}`}>
                    <span className="kpi-value">{f.format(now)}</span>{' '}
                    <span className={`delta tone-${tone}`} data-tone={tone}>
                      {formatChange(change)}
                    </span>
                  </td>
                );
              })}
              <td>
                {c.current.sessions.toLocaleString()}{' '}
                <span className="muted">vs {c.previous.sessions.toLocaleString()}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
