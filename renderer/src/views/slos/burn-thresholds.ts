// What the burn-rate chart and the burn-window table draw, derived from the backend's evaluated rules so the
// lines are exactly the factors it alerts on (already scaled to the SLO's window, as Sloth does).
import type { AlertRuleState, AlertSeverity, BurnWindow, SloEvaluation } from '../../../../shared/slo-api.js';

// shared/slo-api.ts holds zod schemas, so the renderer restates its window list (type-only import) instead
// of loading zod at runtime; `satisfies` and the check below keep the two lists identical.
export const BURN_WINDOW_LIST = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const satisfies readonly BurnWindow[];
type Missing = Exclude<BurnWindow, (typeof BURN_WINDOW_LIST)[number]>;
const everyWindowListed: Missing extends never ? true : false = true;
void everyWindowListed;

const MINUTE_MS = 60_000;
export const WINDOW_MS: Record<BurnWindow, number> = {
  '5m': 5 * MINUTE_MS,
  '30m': 30 * MINUTE_MS,
  '1h': 60 * MINUTE_MS,
  '2h': 120 * MINUTE_MS,
  '6h': 360 * MINUTE_MS,
  '1d': 1440 * MINUTE_MS,
  '3d': 4320 * MINUTE_MS,
};

export interface ThresholdLine {
  value: number;
  severity: AlertSeverity;
  /** e.g. "page 13.44× (1h/5m)" */
  label: string;
  firing: boolean;
}

/** "14.4×", "6×", "13.44×": at most two decimals, no trailing zeros. */
export function formatFactor(factor: number): string {
  return `${Number(factor.toFixed(2))}×`;
}

/**
 * One horizontal line per distinct factor, highest first. Rules sharing a factor share a line (its label
 * names both); a page rule outranks a ticket rule on the same line. Factors that are not positive numbers
 * cannot be drawn and are skipped.
 */
export function thresholdLines(rules: readonly AlertRuleState[]): ThresholdLine[] {
  const byFactor = new Map<string, { value: number; rules: AlertRuleState[] }>();
  for (const r of rules) {
    if (!Number.isFinite(r.factor) || r.factor <= 0) continue;
    const key = r.factor.toFixed(6);
    const entry = byFactor.get(key) ?? { value: r.factor, rules: [] };
    entry.rules.push(r);
    byFactor.set(key, entry);
  }
  return [...byFactor.values()]
    .sort((a, b) => b.value - a.value)
    .map(({ value, rules: same }) => {
      const severity: AlertSeverity = same.some((r) => r.severity === 'page') ? 'page' : 'ticket';
      const windows = same.map((r) => `${r.longWindow}/${r.shortWindow}`).join(', ');
      return { value, severity, label: `${severity} ${formatFactor(value)} (${windows})`, firing: same.some((r) => r.firing) };
    });
}

export interface BurnWindowRow {
  window: BurnWindow;
  burnRate: number | null;
  /** Fraction of the whole window's budget this window spent at that rate (burn × window / SLO window). */
  budgetSpent: number | null;
  /** Rules that read this window, e.g. ["page 1h long", "page 5m short"]. */
  usedBy: string[];
}

export function burnWindowRows(evaluation: Pick<SloEvaluation, 'burnRates' | 'rules' | 'definition'>): BurnWindowRow[] {
  const sloWindowMs = evaluation.definition.windowDays * 24 * 60 * MINUTE_MS;
  return BURN_WINDOW_LIST.map((window) => {
    const burnRate = evaluation.burnRates[window];
    const usedBy = evaluation.rules.flatMap((r) => [
      ...(r.longWindow === window ? [`${r.severity} ${formatFactor(r.factor)} long`] : []),
      ...(r.shortWindow === window ? [`${r.severity} ${formatFactor(r.factor)} short`] : []),
    ]);
    const budgetSpent = burnRate === null || sloWindowMs <= 0 ? null : (burnRate * WINDOW_MS[window]) / sloWindowMs;
    return { window, burnRate, budgetSpent, usedBy };
  });
}
