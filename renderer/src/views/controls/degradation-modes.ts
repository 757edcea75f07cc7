import type { DegradationMode } from '../../../../shared/platform-api/index.js';

export const DEGRADATION_MODES: readonly DegradationMode[] = ['normal', 'degraded', 'essential'];

/** What each checkout mode turns off, in the words an operator needs before choosing it. */
export const DEGRADATION_EFFECTS: Record<DegradationMode, string> = {
  normal: 'Everything on.',
  degraded: 'Promotions and recommendations are bypassed.',
  essential: 'Promotions and recommendations bypassed, search personalization off, catalog served from cache.',
};
