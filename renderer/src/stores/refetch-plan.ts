import type { FeedKind } from '../../../shared/console-api.js';

/** The renderer's stores that can be refetched after a live tick. */
export type StoreKey = 'overview' | 'sources' | 'controls' | 'canaries' | 'slos' | 'kpis' | 'effects';

const FEED_STORES: Record<FeedKind, StoreKey[]> = {
  // A degradation mode's live effect (checkout failures, AOV, orders/min) is read from health and KPI data.
  health: ['overview', 'effects'],
  sli: ['overview', 'slos'],
  kpi: ['kpis', 'effects'],
  canary: ['overview', 'canaries'],
  controls: ['overview', 'controls', 'effects'],
  traffic: ['overview', 'controls'],
};

/**
 * Which stores to refetch for a tick. Only stores a page has loaded are refetched (an unvisited KPI page costs
 * nothing). Sources are refetched on every tick because freshness changes even when no data does; the
 * overview carries the sources too, so when it is refetched a separate sources request is not needed.
 */
export function refetchPlan(changed: readonly FeedKind[], loaded: ReadonlySet<StoreKey>): StoreKey[] {
  const plan = new Set<StoreKey>();
  for (const feed of changed) for (const key of FEED_STORES[feed]) if (loaded.has(key)) plan.add(key);
  if (!plan.has('overview')) plan.add('sources');
  return [...plan];
}
