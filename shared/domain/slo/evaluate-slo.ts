// One SLO's evaluation from good/total counts: SLI, rolling and calendar budgets, burn rates over every
// workbook window, the alert rules and the resulting state. Pure: the counts come from a CountSource.
import type { BurnWindow, SloEvaluation } from '../../slo-api.js';
import { BURN_WINDOWS } from '../../slo-api.js';
import { attainment, budgetRemaining, burnRate, type EventCounts } from '../burn-rate.js';
import { scaledRules } from './alert-rules.js';
import { ruleOutcome, sloState, type RuleOutcome } from './burn-state.js';
import { monthStartUtc } from './calendar.js';
import { BURN_WINDOW_MS, DAY, HOUR, minuteFloor } from './windows.js';

/** Good and total events in [from, to). */
export interface CountSource {
  counts(from: number, to: number): EventCounts;
}

export interface SloParameters {
  objective: number;
  windowDays: number;
  timeWindow: 'rolling' | 'calendar';
  /** Long-window events below which the rules say insufficient-data (the low-traffic guard). */
  minEvents?: number;
}

export type EvaluationFigures = Omit<SloEvaluation, 'id' | 'definition'> & { rulesDetail: RuleOutcome[] };

export interface BudgetFigures {
  rolling: number | null;
  calendar: number | null;
}

/** Budget left over the rolling window and over the calendar month to date, both ending at `end`. */
export function budgets(source: CountSource, windowDays: number, objective: number, end: number): BudgetFigures {
  return {
    rolling: budgetRemaining(source.counts(end - windowDays * DAY, end), objective),
    calendar: budgetRemaining(source.counts(monthStartUtc(end - 1), end), objective),
  };
}

export function evaluateSlo(p: SloParameters, source: CountSource, now: number): EvaluationFigures {
  const end = minuteFloor(now);
  const windowCounts = Object.fromEntries(BURN_WINDOWS.map((w) => [w, source.counts(end - BURN_WINDOW_MS[w], end)])) as Record<BurnWindow, EventCounts>;
  const burnRates = Object.fromEntries(BURN_WINDOWS.map((w) => [w, burnRate(windowCounts[w], p.objective)])) as Record<BurnWindow, number | null>;
  const rules = scaledRules(p.windowDays).map((r) => ruleOutcome(r, windowCounts[r.longWindow], windowCounts[r.shortWindow], p.objective, p.minEvents));
  const whole = source.counts(end - p.windowDays * DAY, end);
  const b = budgets(source, p.windowDays, p.objective, end);
  const own = p.timeWindow === 'calendar' ? b.calendar : b.rolling;
  return {
    attainment: attainment(whole),
    budgetRemaining: own,
    budgetRemainingCalendar: b.calendar,
    burnRates,
    rules: rules.map(({ state: _state, ...rule }) => rule),
    rulesDetail: rules,
    state: sloState(rules),
    hoursToExhaustion: hoursToExhaustion(own, burnRates['1h'], p.windowDays),
    evaluatedAt: end,
  };
}

/**
 * Hours until the budget is gone if the last hour's burn continues: at burn b the budget drains b / window per
 * unit of time, so what is left lasts remaining × window / b. 0 once overspent, null when nothing burns.
 */
export function hoursToExhaustion(remaining: number | null, burn1h: number | null, windowDays: number): number | null {
  if (remaining === null || burn1h === null || burn1h <= 0) return null;
  if (remaining <= 0) return 0;
  return (remaining * windowDays * DAY) / HOUR / burn1h;
}
