// How the global traffic manager's weights move shoppers between regions. With the default weights every
// region serves its own shoppers (so its load follows its local time of day); a region weighted below its
// default sheds that fraction of its shoppers, and the shed shoppers go to the regions weighted above their
// default, in proportion to the increase. Total demand is conserved; weight 0 empties a region.
import type { TrafficWeights } from '../../shared/platform-api/index.js';

export function routeDemand(
  demand: Readonly<Record<string, number>>,
  weights: TrafficWeights,
  defaults: TrafficWeights,
): Record<string, number> {
  const regions = Object.keys(demand);
  const served: Record<string, number> = {};
  let shed = 0;
  let totalIncrease = 0;
  for (const r of regions) {
    const own = demand[r] ?? 0;
    const w = weights[r] ?? 0;
    const d = defaults[r] ?? 0;
    const kept = d > 0 ? Math.min(1, w / d) : 0;
    served[r] = own * kept;
    shed += own * (1 - kept);
    totalIncrease += Math.max(0, w - d);
  }
  if (totalIncrease > 0) {
    for (const r of regions) {
      const increase = Math.max(0, (weights[r] ?? 0) - (defaults[r] ?? 0));
      served[r] = (served[r] ?? 0) + (shed * increase) / totalIncrease;
    }
  }
  return served;
}
