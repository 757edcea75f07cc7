// The shopping funnel and page speed of one region-minute: sessions → product views → add-to-carts →
// checkout starts → orders, with checkout failures taken from checkout's error ratio so that the KPI and
// the SLI tell the same story.
import type { KpiCounter, WebVital } from '../../shared/platform-api/kpi.js';
import { FUNNEL, REGION_PROFILES } from './demo-profiles.js';
import { roundUnbiased, sampleBadEvents } from './event-sampling.js';
import { Channel, gaussianNoise, noiseStream } from './noise.js';
import { regionIndex } from './regional-demand.js';
import type { RegionConditions } from './service-load.js';

export type FunnelMinute = Record<KpiCounter, number>;
export type VitalsMinute = Record<WebVital, number>;

interface FunnelHealth {
  /** Share of requests the gateway answers. */
  gatewayOk: number;
  /** Share of checkout submissions that fail (checkout's error ratio). */
  checkoutFailureRatio: number;
}

export function funnelMinute(c: RegionConditions, health: FunnelHealth): FunnelMinute {
  const r = regionIndex(c.region);
  const m = c.minute / 60_000;
  const wobble = (stage: number, spread: number) => Math.max(0, 1 + spread * gaussianNoise(c.seed, Channel.funnel, r, stage, m));

  const draws = noiseStream(c.seed, Channel.funnel, r, m);
  const count = (x: number) => roundUnbiased(x, draws());

  const sessions = count(c.sessions * wobble(0, 0.02));
  const browsing = sessions * health.gatewayOk;
  const productViews = count(browsing * FUNNEL.productViewsPerSession * wobble(1, 0.03));
  const addToCarts = count(browsing * FUNNEL.addToCartsPerSession * c.scenario.basketBoost * c.operator.basketFactor * wobble(2, 0.05));
  const checkoutStarts = count(addToCarts * FUNNEL.checkoutStartsPerAddToCart * wobble(3, 0.05));
  const submits = count(checkoutStarts * FUNNEL.submitsPerCheckoutStart * wobble(4, 0.04));
  const checkoutFailures = sampleBadEvents(submits, health.checkoutFailureRatio, draws);
  const orders = submits - checkoutFailures;
  // Sales discount baskets; bypassed recommendations and promotions shrink them.
  const saleDiscount = c.scenario.basketBoost > 1 ? 0.9 : 1;
  const orderValue = FUNNEL.averageOrderValueUsd * c.operator.orderValueFactor * saleDiscount * wobble(6, 0.04);
  const revenue = Math.round(orders * orderValue * 100) / 100;
  return { sessions, productViews, addToCarts, checkoutStarts, orders, revenue, checkoutFailures };
}

export function vitalsMinute(c: RegionConditions, gatewayP50Factor: number): VitalsMinute {
  if (c.sessions < 0.5) return { ttfbMs: 0, fcpMs: 0, lcpMs: 0, ttiMs: 0 };
  const r = regionIndex(c.region);
  const m = c.minute / 60_000;
  const wobble = (vital: number) => 1 + 0.03 * gaussianNoise(c.seed, Channel.vitals, r, vital, m);
  const cache = c.operator.catalogFromCache ? 0.85 : 1;
  const ttfb = REGION_PROFILES[c.region].ttfbMs * gatewayP50Factor * cache * wobble(0);
  const fcp = ttfb + 750 * cache * wobble(1);
  const lcp = fcp + (c.operator.recommendationsBypassed ? 960 : 1050) * wobble(2);
  const tti = lcp + 1400 * wobble(3);
  const round = (x: number) => Math.round(x);
  return { ttfbMs: round(ttfb), fcpMs: round(fcp), lcpMs: round(lcp), ttiMs: round(tti) };
}
