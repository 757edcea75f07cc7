import { useEffect } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { hrefFor } from '../../routing/routes.js';
import { loadSlos, showSeries, useSlos } from '../../stores/slo-store.js';
import { formatPercent } from '../format-metrics.js';
import { SloChart } from './slo-chart.js';
import { sloRegions, sloRows, type SloRow } from './slo-rows.js';

// The budget's own colour: an exhausted budget is red whatever the burn-rate state says about its trend.
function budgetClass(budget: number | null): string {
  if (budget === null) return '';
  if (budget <= 0) return ' is-bad';
  return budget < 0.25 ? ' is-low' : '';
}

function SloCell({ row, region }: { row: SloRow; region: string }) {
  const s = row.byRegion[region];
  if (!s) return <td className="muted">—</td>;
  return (
    <td className={`slo-cell slo-${s.state}`} data-testid={`slo-cell-${s.id}`} data-state={s.state}>
      <span className={`slo-budget${budgetClass(s.budgetRemaining)}`}>{formatPercent(s.budgetRemaining)} left</span>
      <span className="row-sub">
        {s.state} · {formatPercent(s.attainment, 3)}
        {s.burnRate1h !== null && ` · burn ${s.burnRate1h.toFixed(1)}×`}
      </span>
    </td>
  );
}

export function SlosPage({ selected }: { selected: string | null }) {
  const { slos, error } = useSlos();
  useEffect(() => {
    void loadSlos();
  }, []);
  const rows = slos ? sloRows(slos) : [];
  const regions = slos ? sloRegions(slos) : [];
  const chosen = rows.find((r) => r.key === selected) ?? null;
  const chosenIds = chosen ? regions.flatMap((region) => chosen.byRegion[region]?.id ?? []) : [];
  const idsKey = chosenIds.join();
  useEffect(() => {
    showSeries(idsKey === '' ? [] : idsKey.split(','));
  }, [idsKey]);

  return (
    <div className="page slos">
      <h1>SLOs</h1>
      <p className="page-intro">Error budget left per objective and region, least first. Select an objective to see its last 24 hours.</p>
      <ErrorNote error={error} onRetry={() => void loadSlos()} />
      {!slos && !error && <p className="loading">Loading SLOs…</p>}
      {chosen && (
        <Section title={`${chosen.service} ${chosen.sli} — last 24 h`}>
          <SloChart row={chosen} regions={regions} />
        </Section>
      )}
      {slos && (
        <Section title="Objectives">
          <div className="table-scroll">
            <table className="data-table slo-table">
              <thead>
                <tr>
                  <th scope="col">Objective</th>
                  {regions.map((r) => (
                    <th scope="col" key={r}>
                      {r}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const objective = Object.values(row.byRegion)[0];
                  const isSelected = row.key === selected;
                  return (
                    <tr key={row.key} className={isSelected ? 'is-selected' : undefined} data-testid={`slo-row-${row.key}`}>
                      <th scope="row">
                        <a href={isSelected ? hrefFor('slos') : hrefFor('slos', row.key)} aria-current={isSelected ? 'true' : undefined}>
                          {row.service} {row.sli}
                        </a>
                        {objective && (
                          <span className="row-sub">
                            {formatPercent(objective.objective, 2)} over {objective.windowDays} d
                          </span>
                        )}
                      </th>
                      {regions.map((region) => (
                        <SloCell key={region} row={row} region={region} />
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </div>
  );
}
