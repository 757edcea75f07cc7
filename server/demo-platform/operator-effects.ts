// What the operator's controls do to a region: degradation modes and kill switches bypass dependencies,
// which relieves a load-driven brownout and costs some order value and conversion.
import type { DegradationMode } from '../../shared/platform-api/index.js';
import { flagEnabled } from './control-state.js';
import type { RegionControlState } from './control-state.js';
import { CATALOG_EXTENDED_TTL, KILL_PROMOTIONS, KILL_RECOMMENDATIONS } from './flag-catalog.js';

export interface OperatorEffects {
  mode: DegradationMode;
  recommendationsBypassed: boolean;
  promotionsBypassed: boolean;
  /** essential mode: catalog pages come from the edge cache. */
  catalogFromCache: boolean;
  catalogExtendedTtl: boolean;
  /** essential mode: search ranks without calling the personalisation model. */
  personalisationOff: boolean;
  /**
   * Multiplier on the payment brownout's pressure. Checkout's threads wait on promotions and recommendations
   * as well as payments; bypassing them frees capacity, so far fewer payment calls time out.
   */
  brownoutRelief: number;
  /** Multiplier on checkout's own error ratio (promotion evaluation failures are gone when bypassed). */
  checkoutErrorFactor: number;
  orderValueFactor: number;
  basketFactor: number;
}

export function operatorEffects(controls: RegionControlState | undefined): OperatorEffects {
  const mode = controls?.degradation.mode ?? 'normal';
  const degraded = mode !== 'normal';
  const essential = mode === 'essential';
  const killRecommendations = flagEnabled(controls, KILL_RECOMMENDATIONS);
  const killPromotions = flagEnabled(controls, KILL_PROMOTIONS);
  const recommendationsBypassed = degraded || killRecommendations;
  const promotionsBypassed = degraded || killPromotions;
  // Without recommendations, baskets are smaller; essential mode also loses personalised search.
  const orderValueFactor = essential ? 0.88 : degraded ? 0.92 : killRecommendations ? 0.97 : 1;
  const basketFactor = (essential ? 0.95 : 1) * (promotionsBypassed && !degraded ? 0.98 : 1);
  return {
    mode,
    recommendationsBypassed,
    promotionsBypassed,
    catalogFromCache: essential,
    catalogExtendedTtl: flagEnabled(controls, CATALOG_EXTENDED_TTL),
    personalisationOff: essential,
    brownoutRelief: essential ? 0.06 : degraded ? 0.08 : 1,
    checkoutErrorFactor: degraded ? 0.6 : 1,
    orderValueFactor,
    basketFactor,
  };
}
