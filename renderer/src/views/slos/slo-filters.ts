// Filters and the detail's time range live in the hash's query (`#/slos?service=checkout&state=critical`),
// so a reload or a link pasted into the incident channel shows the same view.
import { hrefFor } from '../../routing/routes.js';
import { isSloState, type SloState } from './slo-states.js';

export interface SloFilters {
  service: string | null;
  region: string | null;
  state: SloState | null;
}

export const NO_FILTERS: SloFilters = { service: null, region: null, state: null };

export const DETAIL_RANGES = ['6h', '24h', '7d', '28d'] as const;
export type DetailRange = (typeof DETAIL_RANGES)[number];
export const DEFAULT_RANGE: DetailRange = '24h';

const HOUR_MS = 3_600_000;
export const RANGE_MS: Record<DetailRange, number> = {
  '6h': 6 * HOUR_MS,
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '28d': 28 * 24 * HOUR_MS,
};

function isRange(s: string): s is DetailRange {
  return (DETAIL_RANGES as readonly string[]).includes(s);
}

/** The part of the hash after `?`, as search params; an empty set when there is none. */
export function hashParams(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q === -1 ? '' : hash.slice(q + 1));
}

function nonEmpty(v: string | null): string | null {
  const t = v?.trim() ?? '';
  return t === '' || t.length > 100 ? null : t;
}

/** Unknown or malformed values are dropped, never guessed: the view then shows everything. */
export function parseSloFilters(hash: string): SloFilters {
  const p = hashParams(hash);
  const state = nonEmpty(p.get('state'));
  return {
    service: nonEmpty(p.get('service')),
    region: nonEmpty(p.get('region')),
    state: state !== null && isSloState(state) ? state : null,
  };
}

export function slosHref(filters: SloFilters): string {
  const p = new URLSearchParams();
  if (filters.service) p.set('service', filters.service);
  if (filters.region) p.set('region', filters.region);
  if (filters.state) p.set('state', filters.state);
  const q = p.toString();
  return q === '' ? hrefFor('slos') : `${hrefFor('slos')}?${q}`;
}

export function parseDetailRange(hash: string): DetailRange {
  const r = hashParams(hash).get('range');
  return r !== null && isRange(r) ? r : DEFAULT_RANGE;
}

export function detailHref(id: string, range: DetailRange = DEFAULT_RANGE): string {
  const base = hrefFor('slos', id);
  return range === DEFAULT_RANGE ? base : `${base}?range=${range}`;
}
