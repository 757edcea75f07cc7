// The live effect of a degradation mode change: the same three checkout figures over the 10 minutes before the
// change and the (at most 10) complete minutes since, from the KPI minute counters.
import type { EffectFigures } from '../controls-api.js';
import { MINUTE_MS } from '../topology.js';

export const EFFECT_WINDOW_MINUTES = 10;

export interface EffectTotals {
  checkoutStarts: number;
  checkoutFailures: number;
  orders: number;
  revenue: number;
  /** Minutes with data in the window. */
  minutes: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function effectFigures(t: EffectTotals): EffectFigures {
  return {
    checkoutFailureRatio: ratio(t.checkoutFailures, t.checkoutStarts),
    averageOrderValue: ratio(t.revenue, t.orders),
    ordersPerMinute: ratio(t.orders, t.minutes),
    minutes: t.minutes,
  };
}

export interface MinuteWindow {
  from: number;
  to: number;
}

/**
 * Windows in whole minutes. The minute the change happened in is mixed, so "after" starts at the next minute
 * boundary; "after" keeps only the latest 10 complete minutes, so an old change shows how things are now.
 * Without a change time, "before" is the latest 10 minutes and "after" is empty.
 */
export function effectWindows(changedAt: number | null, now: number): { before: MinuteWindow; after: MinuteWindow } {
  const span = EFFECT_WINDOW_MINUTES * MINUTE_MS;
  const lastComplete = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  if (changedAt === null) return { before: { from: lastComplete - span, to: lastComplete }, after: { from: lastComplete, to: lastComplete } };
  const changeMinute = Math.floor(changedAt / MINUTE_MS) * MINUTE_MS;
  const afterStart = Math.ceil(changedAt / MINUTE_MS) * MINUTE_MS;
  const afterTo = Math.max(afterStart, lastComplete);
  return {
    before: { from: changeMinute - span, to: changeMinute },
    after: { from: Math.max(afterStart, afterTo - span), to: afterTo },
  };
}
