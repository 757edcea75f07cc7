/** Relative change from last week; null when it cannot be computed (no data, or nothing last week). */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

export type DeltaTone = 'better' | 'worse' | 'flat';

/**
 * Colour follows meaning, not sign: a higher LCP is worse. Changes within ±1% are noise at these volumes and
 * stay neutral so real movements stand out.
 */
export function deltaTone(change: number | null, higherIsBetter: boolean, flatWithin = 0.01): DeltaTone {
  if (change === null || Math.abs(change) < flatWithin) return 'flat';
  return change > 0 === higherIsBetter ? 'better' : 'worse';
}

/** "+3.2%", "−1.0%" (a real minus sign), "—". */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const pct = (change * 100).toFixed(1);
  return change >= 0 ? `+${pct}%` : `−${pct.slice(1)}%`;
}
