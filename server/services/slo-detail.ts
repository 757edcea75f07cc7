// slo.detail: the charts of one SLO over [from, to), its alert episodes and the actions around them.
import type { SeriesPoint, SeriesResult } from '../../shared/console-api.js';
import { burnRateSeries, calendarBudgetSeries, rollingBudgetSeries, sampleGrid, sliSeries } from '../../shared/domain/slo/detail-series.js';
import { budgets } from '../../shared/domain/slo/evaluate-slo.js';
import type { RingCounts } from '../../shared/domain/slo/ring-counts.js';
import { HOUR_MS } from '../../shared/topology.js';
import type { AlertEpisode, SloAnnotation, SloDetail, SloEvaluation } from '../../shared/slo-api.js';
import type { StoredSlo } from '../slo/slo-definition.js';

export interface DetailRequest {
  from: number;
  to: number;
  maxPoints: number;
  whatIfObjective?: number | undefined;
}

export interface DetailInputs {
  slo: StoredSlo;
  evaluation: SloEvaluation;
  counts: RingCounts | null;
  alerts: AlertEpisode[];
  annotations: SloAnnotation[];
}

export function sloDetail(req: DetailRequest, d: DetailInputs): SloDetail {
  const grid = sampleGrid(req.from, req.to, req.maxPoints);
  const newestAt = d.counts?.total.newestMinute ?? null;
  const result = (name: string, points: SeriesPoint[]): SeriesResult => ({ key: `${d.slo.id}/${name}`, from: req.from, to: req.to, points, newestAt });
  const c = d.counts;
  const { objective, windowDays } = d.slo;
  const whatIf = req.whatIfObjective;
  const at = d.evaluation.evaluatedAt;
  const whatIfBudgets = whatIf !== undefined && c ? budgets(c, windowDays, whatIf, at) : null;
  return {
    evaluation: d.evaluation,
    sli: result('sli', c ? sliSeries(c, grid) : []),
    budgetRolling: result('budget-rolling', c ? rollingBudgetSeries(c, grid, windowDays, objective) : []),
    budgetCalendar: result('budget-calendar', c ? calendarBudgetSeries(c, grid, objective) : []),
    burnRate1h: result('burn-1h', c ? burnRateSeries(c, grid, HOUR_MS, objective) : []),
    burnRate6h: result('burn-6h', c ? burnRateSeries(c, grid, 6 * HOUR_MS, objective) : []),
    alerts: d.alerts,
    annotations: d.annotations,
    whatIf:
      whatIf === undefined
        ? null
        : {
            objective: whatIf,
            budgetRemaining: d.slo.timeWindow === 'calendar' ? (whatIfBudgets?.calendar ?? null) : (whatIfBudgets?.rolling ?? null),
            budgetRemainingCalendar: whatIfBudgets?.calendar ?? null,
          },
  };
}
