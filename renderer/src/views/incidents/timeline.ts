import type { CanaryView, ControlsView } from '../../../../shared/console-api.js';
import type { SourceTransition } from '../../sources/source-transitions.js';
import { formatWeights } from '../controls/format-weights.js';

export type TimelineKind = 'flag' | 'degradation' | 'traffic' | 'canary' | 'source';

export interface TimelineEntry {
  id: string;
  at: number;
  kind: TimelineKind;
  region: string;
  title: string;
  /** Operator for changes; null for what Meridian observed itself. */
  who: string | null;
  reason: string | null;
}

interface Stamped {
  version: number;
  updatedAt: number;
  updatedBy: string;
  reason: string;
}

// Version 0 is a resource's initial state on the platform, not an operator's change.
function changed(s: Stamped): boolean {
  return s.version > 0 && s.updatedAt > 0;
}

/**
 * Until the backend serves the audit log, the incident view is assembled from what is on screen: the last
 * change stamp of every control and canary, and the source state changes this session has seen.
 */
export function buildTimeline(
  controls: ControlsView | null,
  canaries: readonly CanaryView[],
  transitions: readonly SourceTransition[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of controls?.regions ?? []) {
    for (const f of r.flags?.value ?? []) {
      if (!changed(f)) continue;
      entries.push({
        id: `flag:${r.region}:${f.key}:${f.version}`,
        at: f.updatedAt,
        kind: 'flag',
        region: r.region,
        title: `${f.kind === 'kill-switch' ? 'Kill switch' : 'Flag'} ${f.key} turned ${f.enabled ? 'on' : 'off'}`,
        who: f.updatedBy,
        reason: f.reason,
      });
    }
    const d = r.degradation?.value;
    if (d && changed(d)) {
      entries.push({
        id: `degradation:${r.region}:${d.version}`,
        at: d.updatedAt,
        kind: 'degradation',
        region: r.region,
        title: `Checkout mode set to ${d.mode}`,
        who: d.updatedBy,
        reason: d.reason,
      });
    }
  }
  const t = controls?.traffic?.value;
  if (t && changed(t)) {
    entries.push({
      id: `traffic:${t.version}`,
      at: t.updatedAt,
      kind: 'traffic',
      region: 'global',
      title: `Traffic split set to ${formatWeights(t.weights)}`,
      who: t.updatedBy,
      reason: t.reason,
    });
  }
  for (const c of canaries) {
    if (!changed(c)) continue;
    entries.push({
      id: `canary:${c.region}:${c.id}:${c.version}`,
      at: c.updatedAt,
      kind: 'canary',
      region: c.region,
      title: `Canary ${c.service} ${c.canaryVersion} ${c.state} at ${c.weight}%`,
      who: c.updatedBy,
      reason: c.reason,
    });
  }
  for (const s of transitions) {
    entries.push({
      id: `source:${s.sourceId}:${s.at}:${s.to}`,
      at: s.at,
      kind: 'source',
      region: s.sourceId.split('/')[0] ?? '',
      title:
        s.from === null
          ? `Source ${s.sourceId} was ${s.to} when this session started`
          : `Source ${s.sourceId} went ${s.to} (was ${s.from})`,
      who: null,
      reason: s.lastError,
    });
  }
  return entries.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
}
