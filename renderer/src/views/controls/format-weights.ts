/** "us-east 50 · eu-west 0 · ap-southeast 50" — the order the platform gave them. */
export function formatWeights(weights: Record<string, number>): string {
  return Object.entries(weights)
    .map(([region, w]) => `${region} ${w}%`)
    .join(' · ');
}

/** The weights in the console's region order (the backend may send them sorted by name). */
export function inRegionOrder(weights: Record<string, number>, regions: readonly string[]): Record<string, number> {
  const ordered: Record<string, number> = {};
  for (const r of regions) if (r in weights) ordered[r] = weights[r] ?? 0;
  for (const [r, w] of Object.entries(weights)) if (!(r in ordered)) ordered[r] = w;
  return ordered;
}
