import { create } from 'zustand';
import type { CanaryView, Overview } from '../../../shared/console-api.js';
import type { Degradation, TrafficSplit } from '../../../shared/platform-api/index.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { newerOf } from '../writes/resource-guards.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';
import { receiveSources } from './sources-store.js';

interface OverviewState {
  overview: Overview | null;
  error: ApiError | null;
}

export const useOverview = create<OverviewState>()(() => ({ overview: null, error: null }));

// The backend's cache can lag a write by one poll; versions decide which copy is current.
function reconcile(current: Overview | null, incoming: Overview): Overview {
  if (!current) return incoming;
  const before = new Map(current.regions.map((r) => [r.region, r]));
  return {
    ...incoming,
    regions: incoming.regions.map((r) => {
      const old = before.get(r.region)?.degradation;
      const kept = old && r.degradation && old.value.version > r.degradation.value.version ? old : r.degradation;
      return { ...r, degradation: kept };
    }),
    traffic:
      current.traffic && incoming.traffic && current.traffic.value.version > incoming.traffic.value.version
        ? current.traffic
        : incoming.traffic,
    canaries: incoming.canaries.map((c) => {
      const old = current.canaries.find((o) => o.region === c.region && o.id === c.id);
      return old && old.version > c.version ? old : c;
    }),
  };
}

export const loadOverview = coalesce(async () => {
  const r = await call(() => api.overview.get.query());
  if (!r.ok) {
    useOverview.setState({ error: r.error });
    return;
  }
  useOverview.setState((s) => ({ overview: reconcile(s.overview, r.value), error: null }));
  receiveSources(r.value.sources);
});
registerLoader('overview', loadOverview);

/** A confirmed write shows on the overview at once, not one poll later. */
export function putOverviewDegradation(region: string, degradation: Degradation): void {
  useOverview.setState((s) => {
    if (!s.overview) return s;
    const regions = s.overview.regions.map((r) => {
      if (r.region !== region) return r;
      const value = newerOf(r.degradation?.value ?? null, degradation);
      if (!value) return r;
      return { ...r, degradation: { value, observedAt: Date.now(), sourceId: r.degradation?.sourceId ?? `${region}/controls` } };
    });
    return { overview: { ...s.overview, regions } };
  });
}

export function putOverviewTraffic(traffic: TrafficSplit): void {
  useOverview.setState((s) => {
    if (!s.overview) return s;
    const value = newerOf(s.overview.traffic?.value ?? null, traffic);
    if (!value) return s;
    const sourceId = s.overview.traffic?.sourceId ?? 'global/traffic';
    return { overview: { ...s.overview, traffic: { value, observedAt: Date.now(), sourceId } } };
  });
}

export function putOverviewCanary(canary: CanaryView): void {
  useOverview.setState((s) => {
    if (!s.overview) return s;
    const canaries = s.overview.canaries.map((c) =>
      c.region === canary.region && c.id === canary.id ? (newerOf(c, canary) ?? c) : c,
    );
    return { overview: { ...s.overview, canaries } };
  });
}
