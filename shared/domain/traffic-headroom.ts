// What a traffic change does to each region's load, before it is made. Meridian cannot know the platform's
// routing, so it assumes a region's gateway load scales with its weight; a region that has no traffic now is
// given the average load per point of the regions that do.

/** Gateway requests/s per weight point, over the regions that have traffic; null when nothing is known. */
export function rpsPerPoint(regions: ReadonlyArray<{ weight: number; rps: number | null }>): number | null {
  let rps = 0;
  let points = 0;
  for (const r of regions) {
    if (r.weight > 0 && r.rps !== null) {
      rps += r.rps;
      points += r.weight;
    }
  }
  return points > 0 ? rps / points : null;
}

/** Expected gateway requests/s once the region's weight goes from `before` to `after`. */
export function expectedRps(rpsNow: number | null, before: number, after: number, perPoint: number | null): number | null {
  if (after === 0) return 0;
  if (rpsNow !== null && before > 0) return (rpsNow * after) / before;
  return perPoint === null ? null : perPoint * after;
}

/** Fraction of capacity left (1 = idle, 0 = at capacity, below 0 = over); null when either is unknown. */
export function headroom(rps: number | null, capacity: number | null): number | null {
  if (rps === null || capacity === null || capacity <= 0) return null;
  return 1 - rps / capacity;
}
