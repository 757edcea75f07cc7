// How the traffic preview reads: receiving regions first in the eye, headroom as what is left.
import type { TrafficPreviewRegion } from '../../../../shared/controls-api.js';

export type HeadroomTone = 'ok' | 'low' | 'over' | 'unknown';

/** Headroom after the change: "38% left", "over capacity by 12%", "unknown". Under 15% left is low. */
export function formatHeadroom(headroom: number | null): { text: string; tone: HeadroomTone } {
  if (headroom === null || !Number.isFinite(headroom)) return { text: 'unknown', tone: 'unknown' };
  const pct = Math.round(headroom * 100);
  if (headroom < 0) return { text: `over capacity by ${-pct}%`, tone: 'over' };
  return { text: `${pct}% left`, tone: headroom < 0.15 ? 'low' : 'ok' };
}

/** "+10 points", "−20 points", "unchanged". */
export function formatWeightShift(r: Pick<TrafficPreviewRegion, 'weightBefore' | 'weightAfter'>): string {
  const d = r.weightAfter - r.weightBefore;
  if (d === 0) return 'unchanged';
  return d > 0 ? `receives +${d} points` : `gives −${-d} points`;
}
