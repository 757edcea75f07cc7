import type { SloEvaluation } from '../../../../shared/slo-api.js';
import type { SloFilters } from './slo-filters.js';

export interface SloRow {
  /** `${service}/${sli}` — one objective measured in every region; `#2`… when a region has two of them. */
  key: string;
  /** For testids: `${service}-${sli}`, with the same suffix as the key. */
  slug: string;
  service: string;
  sli: string;
  byRegion: Record<string, SloEvaluation>;
  /** The lowest budget remaining among the cells shown: the row's urgency. */
  worstBudget: number | null;
}

/** Built-in objectives claim the first row of a service/SLI, so imported duplicates never displace them. */
function originRank(e: SloEvaluation): number {
  return e.definition.origin === 'built-in' ? 0 : 1;
}

export function cellMatches(e: SloEvaluation, filters: SloFilters): boolean {
  return (
    (filters.service === null || e.definition.service === filters.service) &&
    (filters.region === null || e.definition.region === filters.region) &&
    (filters.state === null || e.state === filters.state)
  );
}

function compareRows(a: SloRow, b: SloRow): number {
  if (a.worstBudget === null && b.worstBudget === null) return a.key.localeCompare(b.key);
  if (a.worstBudget === null) return 1;
  if (b.worstBudget === null) return -1;
  return a.worstBudget - b.worstBudget || a.key.localeCompare(b.key);
}

/**
 * One row per service and SLI with a cell per region, least budget left first; rows without data go last.
 * Service and region filters drop cells; the state filter keeps a row when any of its cells is in that
 * state, and the row keeps its other regions so the state can be compared across them.
 */
export function sloRows(evaluations: readonly SloEvaluation[], filters: SloFilters): SloRow[] {
  const ordered = [...evaluations].sort((a, b) => originRank(a) - originRank(b));
  const groups = new Map<string, SloRow[]>();
  for (const e of ordered) {
    const { service, sli, region } = e.definition;
    if (filters.service !== null && service !== filters.service) continue;
    if (filters.region !== null && region !== filters.region) continue;
    const base = `${service}/${sli}`;
    const rows = groups.get(base) ?? [];
    let row = rows.find((r) => !(region in r.byRegion));
    if (!row) {
      const n = rows.length + 1;
      const suffix = n === 1 ? '' : `#${n}`;
      row = { key: `${base}${suffix}`, slug: `${service}-${sli}${n === 1 ? '' : `-${n}`}`, service, sli, byRegion: {}, worstBudget: null };
      rows.push(row);
      groups.set(base, rows);
    }
    row.byRegion[region] = e;
    if (e.budgetRemaining !== null) {
      row.worstBudget = row.worstBudget === null ? e.budgetRemaining : Math.min(row.worstBudget, e.budgetRemaining);
    }
  }
  const rows = [...groups.values()].flat();
  const kept = filters.state === null ? rows : rows.filter((r) => Object.values(r.byRegion).some((e) => e.state === filters.state));
  return kept.sort(compareRows);
}

export interface SloFacets {
  services: string[];
  /** In the overview's order (the platform config's), so a region's column does not move with its budget. */
  regions: string[];
}

/**
 * The backend lists SLOs least budget first, so first-seen order would reshuffle the columns as budgets
 * change; `regionOrder` (the overview's regions) fixes them, and regions it lacks follow in first-seen order.
 */
export function sloFacets(evaluations: readonly SloEvaluation[], regionOrder: readonly string[] = []): SloFacets {
  const seen = [...new Set(evaluations.map((e) => e.definition.region))];
  const rank = (r: string) => {
    const i = regionOrder.indexOf(r);
    return i === -1 ? regionOrder.length + seen.indexOf(r) : i;
  };
  return {
    services: [...new Set(evaluations.map((e) => e.definition.service))].sort(),
    regions: seen.sort((a, b) => rank(a) - rank(b)),
  };
}
