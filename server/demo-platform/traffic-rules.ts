// What the traffic manager accepts beyond the schema: a weight for every region and nothing else, summing to
// exactly 100, and an expiry (if any) in the future. Messages name the field, as an operator fixes it.
import type { TrafficWeights } from '../../shared/platform-api/index.js';

export function trafficWeightProblems(weights: TrafficWeights, regions: readonly string[]): string | null {
  const unknown = Object.keys(weights).filter((r) => !regions.includes(r));
  if (unknown.length > 0) return unknown.map((r) => `weights.${r}: not a region of this platform (regions: ${regions.join(', ')})`).join('; ');
  const missing = regions.filter((r) => !(r in weights));
  if (missing.length > 0) return missing.map((r) => `weights.${r}: missing; name every region, 0 to drain one`).join('; ');
  const sum = Object.values(weights).reduce((s, w) => s + w, 0);
  if (sum !== 100) return `weights: must sum to 100 (now ${sum})`;
  return null;
}

export function expiryProblem(expiresAt: number | null | undefined, now: number): string | null {
  if (expiresAt === null || expiresAt === undefined) return null;
  if (expiresAt <= now) return `expiresAt: must be in the future (it is ${new Date(expiresAt).toISOString()}, now ${new Date(now).toISOString()})`;
  return null;
}
