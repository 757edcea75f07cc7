// The flags of every region as one table: a row per flag key, a cell per region. Description, owner and
// kind come from the first region that has the flag (they are the same everywhere on a healthy platform).
import type { RegionControlsView } from '../../../../shared/console-api.js';
import type { FeatureFlag, FlagKind } from '../../../../shared/platform-api/index.js';

export interface FlagRow {
  key: string;
  description: string;
  owner: string;
  kind: FlagKind;
  /** Per region: the flag there, null where the region does not have it (or has no flags cached). */
  cells: Record<string, FeatureFlag | null>;
  /** The most recent change in any region, with the region it happened in. */
  lastChange: { region: string; flag: FeatureFlag } | null;
}

export function buildFlagRows(regions: readonly RegionControlsView[]): FlagRow[] {
  const rows = new Map<string, FlagRow>();
  const names = regions.map((r) => r.region);
  for (const r of regions) {
    for (const flag of r.flags?.value ?? []) {
      let row = rows.get(flag.key);
      if (!row) {
        row = {
          key: flag.key,
          description: flag.description,
          owner: flag.owner,
          kind: flag.kind,
          cells: Object.fromEntries(names.map((n) => [n, null])),
          lastChange: null,
        };
        rows.set(flag.key, row);
      }
      row.cells[r.region] = flag;
      if (flag.updatedAt > 0 && (row.lastChange === null || flag.updatedAt > row.lastChange.flag.updatedAt)) {
        row.lastChange = { region: r.region, flag };
      }
    }
  }
  // Kill switches first: they are what an incident reaches for.
  return [...rows.values()].sort(
    (a, b) => Number(b.kind === 'kill-switch') - Number(a.kind === 'kill-switch') || a.key.localeCompare(b.key),
  );
}

export type FlagStateFilter = '' | 'on' | 'off' | 'mixed';

export interface FlagFilter {
  /** Matched against key, description and owner, case-insensitively. */
  text: string;
  kind: '' | FlagKind;
  /** One region's column only; '' for all. */
  region: string;
  /** In the chosen region, or across all regions ('mixed' = on in some, off in others). */
  state: FlagStateFilter;
}

export const NO_FLAG_FILTER: FlagFilter = { text: '', kind: '', region: '', state: '' };

function stateOf(row: FlagRow, regions: readonly string[]): FlagStateFilter {
  const states = regions.map((r) => row.cells[r]).filter((f): f is FeatureFlag => f !== null && f !== undefined);
  if (states.length === 0) return '';
  if (states.every((f) => f.enabled)) return 'on';
  if (states.every((f) => !f.enabled)) return 'off';
  return 'mixed';
}

export function filterFlagRows(rows: readonly FlagRow[], filter: FlagFilter, allRegions: readonly string[]): FlagRow[] {
  const text = filter.text.trim().toLowerCase();
  const regions = filter.region ? [filter.region] : allRegions;
  return rows.filter((row) => {
    if (text && ![row.key, row.description, row.owner].some((s) => s.toLowerCase().includes(text))) return false;
    if (filter.kind && row.kind !== filter.kind) return false;
    if (filter.region && !row.cells[filter.region]) return false;
    if (filter.state && stateOf(row, regions) !== filter.state) return false;
    return true;
  });
}

const onOff = (enabled: boolean) => (enabled ? 'on' : 'off');

/** "kill-recommendations: off → on in eu-west" */
export function flagChangeText(key: string, region: string, from: boolean, to: boolean): string {
  return `${key}: ${onOff(from)} → ${onOff(to)} in ${region}`;
}

/** "kill-recommendations: on in every region (us-east off → on, eu-west already on)" */
export function flagEverywhereText(row: FlagRow, regions: readonly string[], to: boolean): string {
  const parts = regions.map((r) => {
    const flag = row.cells[r];
    if (!flag) return `${r} missing`;
    return flag.enabled === to ? `${r} already ${onOff(to)}` : `${r} ${onOff(flag.enabled)} → ${onOff(to)}`;
  });
  return `${row.key}: ${onOff(to)} in every region (${parts.join(', ')})`;
}

/** Versions as displayed, for an everywhere-change; null (with the regions missing it) when one lacks the flag. */
export function everywhereVersions(row: FlagRow, regions: readonly string[]): { versions: Record<string, number> } | { missing: string[] } {
  const missing = regions.filter((r) => !row.cells[r]);
  if (missing.length > 0) return { missing };
  return { versions: Object.fromEntries(regions.map((r) => [r, row.cells[r]?.version ?? 0])) };
}
