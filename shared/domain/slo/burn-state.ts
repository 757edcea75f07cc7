// Multiwindow burn state (SRE workbook, "Alerting on SLOs"): a rule fires only when its long window (the
// burn is significant) and its short window (the burn is still going on) are both over the factor.
import type { AlertRuleState, SloEvaluation } from '../../slo-api.js';
import { burnRate, MIN_EVENTS_FOR_ALERTING, type EventCounts } from '../burn-rate.js';
import type { ScaledRule } from './alert-rules.js';
import { BURN_WINDOW_MS } from './windows.js';

export type SloState = SloEvaluation['state'];

export interface RuleOutcome extends AlertRuleState {
  state: SloState;
}

/**
 * At the factor counts as over (the rule's share of the budget is spent), within float noise: 144 bad of
 * 10,000 at 99.9% is 14.399999999999999× in floating point, and must page like 14.4×.
 */
const reaches = (burn: number | null, factor: number) => burn !== null && burn >= factor * (1 - 1e-9);

/**
 * One rule's state. The low-traffic guard: with fewer than `minEvents` events in the long window a ratio is
 * noise (one failure in 20 requests is a 50× burn at 99.9%), so the rule says insufficient-data, never fires.
 */
export function ruleOutcome(rule: ScaledRule, long: EventCounts, short: EventCounts, objective: number, minEvents = MIN_EVENTS_FOR_ALERTING): RuleOutcome {
  const longBurn = burnRate(long, objective);
  const shortBurn = burnRate(short, objective);
  const base = { name: rule.name, severity: rule.severity, factor: rule.factor, longWindow: rule.longWindow, shortWindow: rule.shortWindow, longBurn, shortBurn };
  if (long.total < minEvents) return { ...base, firing: false, state: 'insufficient-data' };
  const longOver = reaches(longBurn, rule.factor);
  const shortOver = reaches(shortBurn, rule.factor);
  const state: SloState = longOver && shortOver ? 'critical' : shortOver ? 'increasing' : longOver ? 'recovering' : 'acceptable';
  return { ...base, firing: state === 'critical', state };
}

/** Most urgent first. Not knowing outranks "fine": a quiet SLO with no traffic is not a healthy one. */
export const STATE_URGENCY: Readonly<Record<SloState, number>> = { critical: 0, increasing: 1, recovering: 2, 'insufficient-data': 3, acceptable: 4 };

/**
 * The SLO's state from its page rules: the ones that wake someone. Ticket rules fire episodes of their own but
 * do not colour the SLO, or a burn that stopped an hour ago would stay "critical" for the ticket's 1-day window.
 *
 * The fastest page rule (shortest long window) sees the present best, so when it has an opinion it decides:
 * once its 5-minute window shows the burn has stopped, the SLO is "recovering" even though the slow rule's
 * 30-minute window still remembers the burn. When the fast rule is quiet, the slow rule can still raise a
 * slow, steady burn to critical.
 */
export function sloState(outcomes: readonly RuleOutcome[]): SloState {
  const page = outcomes.filter((o) => o.severity === 'page').sort((a, b) => BURN_WINDOW_MS[a.longWindow] - BURN_WINDOW_MS[b.longWindow]);
  const fastest = page[0];
  if (!fastest) return 'insufficient-data';
  if (fastest.state === 'critical' || fastest.state === 'increasing' || fastest.state === 'recovering') return fastest.state;
  let worst: SloState = fastest.state;
  for (const o of page) if (STATE_URGENCY[o.state] < STATE_URGENCY[worst]) worst = o.state;
  return worst;
}
