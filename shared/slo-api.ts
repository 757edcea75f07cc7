// Contract of the SLO feature (issue 4): definitions, imports, burn rates, alerts, detail views.
import { z } from 'zod';
import type { SeriesResult } from './console-api.js';

export const BURN_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;
export type BurnWindow = (typeof BURN_WINDOWS)[number];

export type SloOrigin = 'built-in' | 'openslo' | 'sloth';

export interface SloDefinitionView {
  id: string;
  name: string;
  region: string;
  service: string;
  /** availability | latency for built-in ones; the imported SLI's name otherwise. */
  sli: string;
  objective: number;
  windowDays: number;
  /** rolling (default) or calendar month. */
  timeWindow: 'rolling' | 'calendar';
  origin: SloOrigin;
  version: number;
  /**
   * For Prometheus-backed SLOs: the good/total (or error/total) queries. A ratio SLI (Sloth sli.raw, OpenSLO
   * ratioMetric.raw) shows its ratio query as good or bad with total `vector(1)`: each minute is one event.
   */
  queries: { good?: string; bad?: string; total: string } | null;
  sourceId: string | null;
}

export type AlertSeverity = 'page' | 'ticket';

export interface AlertRuleState {
  name: string;
  severity: AlertSeverity;
  /** Burn-rate threshold, already scaled to the SLO's window. */
  factor: number;
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
  longBurn: number | null;
  shortBurn: number | null;
  firing: boolean;
}

export interface SloEvaluation {
  id: string;
  definition: SloDefinitionView;
  attainment: number | null;
  budgetRemaining: number | null;
  budgetRemainingCalendar: number | null;
  burnRates: Record<BurnWindow, number | null>;
  rules: AlertRuleState[];
  state: 'critical' | 'increasing' | 'recovering' | 'acceptable' | 'insufficient-data';
  /** Hours until the rolling budget is gone at the 1 h burn rate, null when not burning. */
  hoursToExhaustion: number | null;
  evaluatedAt: number;
}

export interface AlertEpisode {
  id: number;
  sloId: string;
  severity: AlertSeverity;
  startedAt: number;
  endedAt: number | null;
  peakBurnRate: number;
}

export interface SloAnnotation {
  at: number;
  kind: 'operator' | 'canary';
  text: string;
}

export interface SloDetail {
  evaluation: SloEvaluation;
  sli: SeriesResult;
  /** Budget remaining over time, rolling window and calendar month (fractions). */
  budgetRolling: SeriesResult;
  budgetCalendar: SeriesResult;
  burnRate1h: SeriesResult;
  burnRate6h: SeriesResult;
  alerts: AlertEpisode[];
  annotations: SloAnnotation[];
  /** Budget remaining if the objective were `whatIfObjective`. */
  whatIf: { objective: number; budgetRemaining: number | null; budgetRemainingCalendar: number | null } | null;
}

export const SloDetailInput = z.object({
  id: z.string().min(1).max(200),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  maxPoints: z.number().int().min(10).max(1000).default(400),
  whatIfObjective: z.number().gt(0).lt(1).optional(),
});

export const SloListInput = z.object({
  service: z.string().max(100).optional(),
  region: z.string().max(100).optional(),
  state: z.enum(['critical', 'increasing', 'recovering', 'acceptable', 'insufficient-data']).optional(),
});

export const SloImportInput = z.object({
  format: z.enum(['openslo', 'sloth']),
  content: z.string().max(1_000_000, 'an SLO file must be under 1 MB'),
  /** Region the imported SLOs apply to (their SLIs are read from that region's sources). */
  region: z.string().min(1).max(100),
  dryRun: z.boolean(),
});

export interface SloImportProblem {
  /** 1-based line in the file, null when not known. */
  line: number | null;
  /** e.g. "spec.budgetingMethod: Timeslices" */
  construct: string;
  message: string;
}

export interface SloImportResult {
  imported: SloDefinitionView[];
  problems: SloImportProblem[];
  applied: boolean;
}

export const SloAlertsInput = z.object({
  /** One SLO's episodes; all SLOs' when absent. */
  id: z.string().min(1).max(200).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** slo.exportDefinitions: every stored definition as OpenSLO v1 YAML (multi-document). */
export interface SloExport {
  fileName: string;
  mimeType: string;
  content: string;
}
