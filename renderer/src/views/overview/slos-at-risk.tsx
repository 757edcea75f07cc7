import type { SloStatus } from '../../../../shared/console-api.js';
import { hrefFor } from '../../routing/routes.js';
import { formatPercent } from '../format-metrics.js';

function burn(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(1)}×`;
}

export function SlosAtRisk({ slos }: { slos: SloStatus[] }) {
  if (slos.length === 0) return <p className="muted">No SLO is burning its error budget faster than it should.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">SLO</th>
            <th scope="col">Region</th>
            <th scope="col">State</th>
            <th scope="col">Budget left</th>
            <th scope="col">Burn 1 h / 6 h</th>
          </tr>
        </thead>
        <tbody>
          {slos.map((s) => (
            <tr key={s.id} data-testid={`slo-at-risk-${s.id}`} data-state={s.state}>
              <th scope="row">
                <a href={hrefFor('slos', s.id)}>
                  {s.service} {s.sli}
                </a>{' '}
                <span className="muted">{formatPercent(s.objective, 2)}</span>
              </th>
              <td>{s.region}</td>
              <td>
                <span className={`badge slo-${s.state}`}>{s.state}</span>
              </td>
              <td className={s.budgetRemaining !== null && s.budgetRemaining < 0.25 ? 'is-bad' : undefined}>
                {formatPercent(s.budgetRemaining)}
              </td>
              <td>
                {burn(s.burnRate1h)} / {burn(s.burnRate6h)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
