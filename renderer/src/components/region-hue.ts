import { DEMO_REGIONS } from '../../../shared/topology.js';

/**
 * A region keeps one colour on every page (traffic bars, charts). Demo regions take the first hues; other
 * regions a stable hash of their name into the rest, so the colour does not depend on list order.
 */
export function regionHue(region: string): number {
  const known = (DEMO_REGIONS as readonly string[]).indexOf(region);
  if (known >= 0) return known;
  let h = 0;
  for (const ch of region) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return DEMO_REGIONS.length + (h % (6 - DEMO_REGIONS.length));
}
