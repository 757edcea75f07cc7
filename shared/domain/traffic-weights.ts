/** Problems with a proposed traffic split, each a sentence an operator can act on; empty when valid. */
export function trafficWeightProblems(weights: Record<string, number>, regions: readonly string[]): string[] {
  const problems: string[] = [];
  for (const region of Object.keys(weights)) {
    if (!regions.includes(region)) problems.push(`unknown region "${region}" (known: ${regions.join(', ')})`);
  }
  for (const region of regions) {
    const w = weights[region];
    if (w === undefined) problems.push(`give ${region} a weight (0 to drain it)`);
    else if (!Number.isInteger(w) || w < 0 || w > 100) problems.push(`${region}'s weight must be a whole number from 0 to 100 (now ${w})`);
  }
  const sum = Object.values(weights).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  if (sum !== 100) problems.push(`traffic weights must sum to 100 (now ${sum})`);
  return problems;
}
