import type { DegradationMode } from '../../../../shared/platform-api/index.js';

export const DEGRADATION_MODES: readonly DegradationMode[] = ['normal', 'degraded', 'essential'];

/** What each checkout mode turns off, in the words an operator needs before choosing it. */
export const DEGRADATION_EFFECTS: Record<DegradationMode, string> = {
  normal: 'Everything on.',
  degraded: 'Promotions and recommendations bypassed so orders can still be placed.',
  essential: 'Promotions and recommendations bypassed, search personalization off, catalog served from cache.',
};

/** The same, as the list of what is off at each level (each level includes the one before). */
export const DEGRADATION_TURNS_OFF: Record<DegradationMode, readonly string[]> = {
  normal: [],
  degraded: ['promotions (list prices only)', 'recommendations (bestsellers shown instead)'],
  essential: [
    'promotions (list prices only)',
    'recommendations (bestsellers shown instead)',
    'search personalization',
    'live catalog reads (served from cache)',
  ],
};

/** Text to type to change degradation mode in every region at once (ALL_REGIONS_CONFIRMATION in the contract). */
export const ALL_REGIONS_CONFIRMATION = 'all regions';

export function isDegradationMode(v: string): v is DegradationMode {
  return (DEGRADATION_MODES as readonly string[]).includes(v);
}
