import type { SloStatus } from '../../../../shared/console-api.js';

export interface SloRow {
  /** `${service}/${sli}` — one objective, measured in every region. */
  key: string;
  service: string;
  sli: SloStatus['sli'];
  byRegion: Record<string, SloStatus>;
  /** The lowest budget remaining across regions: the row's urgency. */
  worstBudget: number | null;
}

/** Rows sorted by the least budget left first; rows without data go last, then alphabetically. */
export function sloRows(slos: readonly SloStatus[]): SloRow[] {
  const rows = new Map<string, SloRow>();
  for (const s of slos) {
    const key = `${s.service}/${s.sli}`;
    const row = rows.get(key) ?? { key, service: s.service, sli: s.sli, byRegion: {}, worstBudget: null };
    row.byRegion[s.region] = s;
    if (s.budgetRemaining !== null) {
      row.worstBudget = row.worstBudget === null ? s.budgetRemaining : Math.min(row.worstBudget, s.budgetRemaining);
    }
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => {
    if (a.worstBudget === null && b.worstBudget === null) return a.key.localeCompare(b.key);
    if (a.worstBudget === null) return 1;
    if (b.worstBudget === null) return -1;
    return a.worstBudget - b.worstBudget || a.key.localeCompare(b.key);
  });
}

/** Regions in the order first seen, so columns match the overview. */
export function sloRegions(slos: readonly SloStatus[]): string[] {
  return [...new Set(slos.map((s) => s.region))];
}
