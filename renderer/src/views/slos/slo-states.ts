import type { SloEvaluation } from '../../../../shared/slo-api.js';

export type SloState = SloEvaluation['state'];

/** Worst first: the order of the legend and of the state filter. */
export const SLO_STATES: readonly SloState[] = ['critical', 'increasing', 'recovering', 'acceptable', 'insufficient-data'];

export const STATE_LABEL: Record<SloState, string> = {
  critical: 'critical',
  increasing: 'increasing',
  recovering: 'recovering',
  acceptable: 'acceptable',
  'insufficient-data': 'insufficient data',
};

/** What each state means for the operator, in the SRE workbook's multiwindow terms. */
export const STATE_MEANING: Record<SloState, string> = {
  critical: 'long and short windows both over a page threshold: burning now',
  increasing: 'short window over, long not yet: a burn is starting',
  recovering: 'long window over, short back under: the burn has stopped',
  acceptable: 'burning within budget',
  'insufficient-data': 'too few events to judge; no page is raised',
};

export function isSloState(s: string): s is SloState {
  return (SLO_STATES as readonly string[]).includes(s);
}
