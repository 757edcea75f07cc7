// The SRE workbook's recommended multiwindow, multi-burn-rate alerts ("Alerting on SLOs", recommended parameters), and the
// arithmetic that ties a burn rate to the share of budget it spends and to the time until the budget is gone.
import type { AlertSeverity, BurnWindow } from '../../slo-api.js';
import { BURN_WINDOW_MS, DAY } from './windows.js';

export interface AlertRuleSpec {
  name: string;
  severity: AlertSeverity;
  /** Share of the whole window's error budget the rule lets burn within its long window before it fires. */
  budgetFraction: number;
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
}

/**
 * Budget shares, not factors: the workbook's 14.4 / 6 / 3 / 1 are these shares for a 30-day window. Keeping
 * the shares lets every SLO window get its own factors, as Sloth does (its google-28d and google-30d windows
 * use the same shares).
 */
export const WORKBOOK_RULES: readonly AlertRuleSpec[] = [
  { name: 'page-1h-5m', severity: 'page', budgetFraction: 0.02, longWindow: '1h', shortWindow: '5m' },
  { name: 'page-6h-30m', severity: 'page', budgetFraction: 0.05, longWindow: '6h', shortWindow: '30m' },
  { name: 'ticket-1d-2h', severity: 'ticket', budgetFraction: 0.1, longWindow: '1d', shortWindow: '2h' },
  { name: 'ticket-3d-6h', severity: 'ticket', budgetFraction: 0.1, longWindow: '3d', shortWindow: '6h' },
];

/**
 * The burn rate at which `budgetFraction` of the budget is spent in `alertWindowMs`:
 * factor = budget fraction × SLO window / alert window. 2% in 1 h of 30 days = 0.02 × 720 h / 1 h = 14.4;
 * of 28 days = 0.02 × 672 h / 1 h = 13.44.
 */
export function burnRateFactor(budgetFraction: number, sloWindowMs: number, alertWindowMs: number): number {
  return (budgetFraction * sloWindowMs) / alertWindowMs;
}

/** Share of the SLO window's budget a burn rate spends over `alertWindowMs`: burn × alert window / SLO window. */
export function budgetConsumed(burnRate: number, alertWindowMs: number, sloWindowMs: number): number {
  return (burnRate * alertWindowMs) / sloWindowMs;
}

/** Time until a full budget is gone at a constant burn rate: SLO window / burn rate. */
export function timeToExhaustionMs(burnRate: number, sloWindowMs: number): number {
  return burnRate > 0 ? sloWindowMs / burnRate : Number.POSITIVE_INFINITY;
}

export interface ScaledRule extends AlertRuleSpec {
  factor: number;
}

/** The workbook's rules with factors for an SLO window of `windowDays`. */
export function scaledRules(windowDays: number, rules: readonly AlertRuleSpec[] = WORKBOOK_RULES): ScaledRule[] {
  return rules.map((r) => ({ ...r, factor: burnRateFactor(r.budgetFraction, windowDays * DAY, BURN_WINDOW_MS[r.longWindow]) }));
}
