// The feature flags every demo region starts with: all four kinds, and the two kill switches the simulation
// reacts to (KILL_RECOMMENDATIONS, KILL_PROMOTIONS).
import type { FeatureFlag, FlagKind } from '../../shared/platform-api/index.js';

export const KILL_RECOMMENDATIONS = 'kill-recommendations';
export const KILL_PROMOTIONS = 'kill-promotions';
export const CATALOG_EXTENDED_TTL = 'catalog-cache-extended-ttl';

interface FlagSeed {
  key: string;
  kind: FlagKind;
  enabled: boolean;
  owner: string;
  description: string;
}

const FLAG_SEEDS: readonly FlagSeed[] = [
  { key: 'checkout-v2-ui', kind: 'release', enabled: false, owner: 'checkout-team', description: 'New single-page checkout UI (v2).' },
  { key: 'guest-checkout', kind: 'release', enabled: true, owner: 'checkout-team', description: 'Let shoppers check out without an account.' },
  { key: 'new-search-ranking', kind: 'experiment', enabled: true, owner: 'search-team', description: 'A/B test of the learning-to-rank search model.' },
  { key: 'reco-carousel-v3', kind: 'experiment', enabled: false, owner: 'discovery-team', description: 'A/B test of the third recommendations carousel design.' },
  { key: KILL_RECOMMENDATIONS, kind: 'kill-switch', enabled: false, owner: 'discovery-team', description: 'Stop calling recommendations; pages show bestsellers instead.' },
  { key: KILL_PROMOTIONS, kind: 'kill-switch', enabled: false, owner: 'pricing-team', description: 'Stop evaluating promotions; list prices only.' },
  { key: 'payments-retry-on-timeout', kind: 'operational', enabled: true, owner: 'payments-team', description: 'Retry a payment authorisation once after a provider timeout.' },
  { key: CATALOG_EXTENDED_TTL, kind: 'operational', enabled: false, owner: 'catalog-team', description: 'Serve catalog pages from cache for 10 minutes instead of 1.' },
];

export function initialFlags(stampedAt: number): FeatureFlag[] {
  return FLAG_SEEDS.map((f) => ({ ...f, version: 1, updatedAt: stampedAt, updatedBy: 'platform-bootstrap', reason: 'initial configuration' }));
}
