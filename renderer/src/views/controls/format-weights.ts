/** "us-east 50 · eu-west 0 · ap-southeast 50" — the order the platform gave them. */
export function formatWeights(weights: Record<string, number>): string {
  return Object.entries(weights)
    .map(([region, w]) => `${region} ${w}%`)
    .join(' · ');
}
