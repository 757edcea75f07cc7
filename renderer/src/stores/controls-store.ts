import { create } from 'zustand';
import type { ControlsView, RegionControlsView } from '../../../shared/console-api.js';
import type { Degradation, FeatureFlag, TrafficSplit } from '../../../shared/platform-api/index.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { newerOf } from '../writes/resource-guards.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

interface ControlsState {
  view: ControlsView | null;
  error: ApiError | null;
}

export const useControls = create<ControlsState>()(() => ({ view: null, error: null }));

function mergeFlags(current: FeatureFlag[], incoming: FeatureFlag[]): FeatureFlag[] {
  const before = new Map(current.map((f) => [f.key, f]));
  return incoming.map((f) => newerOf(before.get(f.key) ?? null, f) ?? f);
}

// Versions decide between the copy on screen (perhaps just written) and the backend cache's copy.
function reconcileRegion(current: RegionControlsView | undefined, incoming: RegionControlsView): RegionControlsView {
  if (!current) return incoming;
  const flags =
    current.flags && incoming.flags
      ? { ...incoming.flags, value: mergeFlags(current.flags.value, incoming.flags.value) }
      : incoming.flags;
  const degradation =
    current.degradation && incoming.degradation && current.degradation.value.version > incoming.degradation.value.version
      ? current.degradation
      : incoming.degradation;
  return { ...incoming, flags, degradation };
}

function reconcile(current: ControlsView | null, incoming: ControlsView): ControlsView {
  if (!current) return incoming;
  const before = new Map(current.regions.map((r) => [r.region, r]));
  return {
    // Spread first: fields the backend adds (the known-good split) come along.
    ...incoming,
    regions: incoming.regions.map((r) => reconcileRegion(before.get(r.region), r)),
    traffic:
      current.traffic && incoming.traffic && current.traffic.value.version > incoming.traffic.value.version
        ? current.traffic
        : incoming.traffic,
  };
}

export const loadControls = coalesce(async () => {
  registerLoader('controls', loadControls);
  const r = await call(() => api.controls.get.query());
  if (r.ok) useControls.setState((s) => ({ view: reconcile(s.view, r.value), error: null }));
  else useControls.setState({ error: r.error });
});

function updateRegion(region: string, update: (r: RegionControlsView) => RegionControlsView): void {
  useControls.setState((s) =>
    s.view ? { view: { ...s.view, regions: s.view.regions.map((r) => (r.region === region ? update(r) : r)) } } : s,
  );
}

export function putFlag(region: string, flag: FeatureFlag): void {
  updateRegion(region, (r) =>
    r.flags ? { ...r, flags: { ...r.flags, value: mergeFlags(r.flags.value, r.flags.value.map((f) => (f.key === flag.key ? flag : f))) } } : r,
  );
}

export function putDegradation(region: string, degradation: Degradation): void {
  updateRegion(region, (r) => {
    const value = newerOf(r.degradation?.value ?? null, degradation);
    if (!value) return r;
    return { ...r, degradation: { value, observedAt: Date.now(), sourceId: r.degradation?.sourceId ?? `${region}/controls` } };
  });
}

export function putTraffic(traffic: TrafficSplit): void {
  useControls.setState((s) => {
    if (!s.view) return s;
    const value = newerOf(s.view.traffic?.value ?? null, traffic);
    if (!value) return s;
    // Spread first: the known-good split rides along on the traffic entry.
    const next = { ...s.view.traffic, value, observedAt: Date.now(), sourceId: s.view.traffic?.sourceId ?? 'global/traffic' };
    return { view: { ...s.view, traffic: next } };
  });
}

/** The answer of an everywhere-change: each region that applied it shows the new value at once. */
export function putFlagOutcomes(outcomes: ReadonlyArray<{ region: string; ok: boolean; value: FeatureFlag | null }>): void {
  for (const o of outcomes) if (o.ok && o.value) putFlag(o.region, o.value);
}

export function putDegradationOutcomes(outcomes: ReadonlyArray<{ region: string; ok: boolean; value: Degradation | null }>): void {
  for (const o of outcomes) if (o.ok && o.value) putDegradation(o.region, o.value);
}
