import type { SloEvaluation } from '../../../../shared/slo-api.js';
import { FilterSelect } from '../../components/filter-select.js';
import { formatPercent } from '../format-metrics.js';
import { detailHref, slosHref, type SloFilters } from './slo-filters.js';
import { formatBurn } from './slo-format.js';
import type { SloFacets, SloRow } from './slo-rows.js';
import { SLO_STATES, STATE_LABEL, STATE_MEANING } from './slo-states.js';
import { replaceHash } from './use-hash.js';

// The budget's own colour: an exhausted budget is red whatever the burn-rate state says about its trend.
export function budgetClass(budget: number | null): string {
  if (budget === null) return '';
  if (budget <= 0) return ' is-bad';
  return budget < 0.25 ? ' is-low' : '';
}

function SloCell({ e, dimmed }: { e: SloEvaluation | undefined; dimmed: boolean }) {
  if (!e) return <td className="muted">—</td>;
  return (
    <td
      className={`slo-cell slo-${e.state}${dimmed ? ' is-dimmed' : ''}`}
      data-testid={`slo-cell-${e.id}`}
      data-state={e.state}
      title={`${STATE_LABEL[e.state]}: ${STATE_MEANING[e.state]}`}
    >
      <a href={detailHref(e.id)} className="slo-cell-link">
        <span className={`slo-budget${budgetClass(e.budgetRemaining)}`}>{formatPercent(e.budgetRemaining)} left</span>
        <span className="slo-cell-state">
          <span className="slo-dot" aria-hidden="true" />
          {STATE_LABEL[e.state]}
        </span>
        <span className="row-sub">burn 1 h {formatBurn(e.burnRates['1h'])}</span>
      </a>
    </td>
  );
}

export function SloTable({ rows, regions, filters }: { rows: SloRow[]; regions: string[]; filters: SloFilters }) {
  return (
    <div className="table-scroll">
      <table className="data-table slo-table" data-testid="slo-table">
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
            const first = Object.values(row.byRegion)[0];
            return (
              <tr key={row.key} data-testid={`slo-row-${row.slug}`}>
                <th scope="row">
                  {row.service} {row.sli}
                  {first && (
                    <span className="row-sub">
                      {formatPercent(first.definition.objective, 2)} over {first.definition.windowDays} d
                      {first.definition.timeWindow === 'calendar' ? ' (calendar)' : ''}
                      {first.definition.origin !== 'built-in' ? ` · ${first.definition.origin}` : ''}
                    </span>
                  )}
                </th>
                {regions.map((region) => {
                  const e = row.byRegion[region];
                  return <SloCell key={region} e={e} dimmed={filters.state !== null && e?.state !== filters.state} />;
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function SloFilterBar({ filters, facets }: { filters: SloFilters; facets: SloFacets }) {
  const set = (next: Partial<SloFilters>) => replaceHash(slosHref({ ...filters, ...next }));
  const any = filters.service !== null || filters.region !== null || filters.state !== null;
  return (
    <div className="slo-filters" role="group" aria-label="Filter SLOs">
      <FilterSelect
        label="Service"
        testId="slo-filter-service"
        value={filters.service ?? ''}
        options={facets.services}
        anyLabel="all"
        onChange={(service) => set({ service: service || null })}
      />
      <FilterSelect
        label="Region"
        testId="slo-filter-region"
        value={filters.region ?? ''}
        options={facets.regions}
        anyLabel="all"
        onChange={(region) => set({ region: region || null })}
      />
      <FilterSelect
        label="State"
        testId="slo-filter-state"
        value={filters.state ?? ''}
        options={SLO_STATES}
        anyLabel="all"
        optionLabel={(s) => STATE_LABEL[s]}
        onChange={(state) => set({ state: state || null })}
      />
      {any && (
        <a href={slosHref({ service: null, region: null, state: null })} data-testid="slo-filter-clear">
          Clear filters
        </a>
      )}
    </div>
  );
}

export function SloLegend() {
  return (
    <ul className="slo-legend" aria-label="Burn states" data-testid="slo-legend">
      {SLO_STATES.map((s) => (
        <li key={s} className={`slo-${s}`}>
          <span className="slo-dot" aria-hidden="true" />
          <strong>{STATE_LABEL[s]}</strong> <span className="muted">{STATE_MEANING[s]}</span>
        </li>
      ))}
    </ul>
  );
}
