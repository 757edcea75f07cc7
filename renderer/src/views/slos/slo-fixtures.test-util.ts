// Builders for SLO view models in tests; not imported by the app.
import type { AlertRuleState, SloDefinitionView, SloEvaluation } from '../../../../shared/slo-api.js';

export function evaluation(
  region: string,
  service: string,
  budgetRemaining: number | null,
  more: Partial<Omit<SloEvaluation, 'definition'>> & { sli?: string; origin?: SloDefinitionView['origin']; id?: string } = {},
): SloEvaluation {
  const { sli = 'availability', origin = 'built-in', id = `${region}.${service}.${sli}`, ...rest } = more;
  return {
    id,
    definition: {
      id,
      name: `${service} ${sli}`,
      region,
      service,
      sli,
      objective: 0.999,
      windowDays: 28,
      timeWindow: 'rolling',
      origin,
      version: 1,
      queries: null,
      sourceId: null,
    },
    attainment: budgetRemaining === null ? null : 0.9995,
    budgetRemaining,
    budgetRemainingCalendar: budgetRemaining,
    burnRates: { '5m': null, '30m': null, '1h': null, '2h': null, '6h': null, '1d': null, '3d': null },
    rules: [],
    state: budgetRemaining === null ? 'insufficient-data' : 'acceptable',
    hoursToExhaustion: null,
    evaluatedAt: 0,
    ...rest,
  };
}

export function rule(name: string, severity: AlertRuleState['severity'], factor: number, longWindow: AlertRuleState['longWindow'], shortWindow: AlertRuleState['shortWindow']): AlertRuleState {
  return { name, severity, factor, longWindow, shortWindow, longBurn: null, shortBurn: null, firing: false };
}
