import type { KpiFigures } from '../console-api.js';

export interface KpiTotals {
  sessions: number;
  checkoutStarts: number;
  orders: number;
  revenue: number;
  /** Mean of the per-minute LCP p75s, weighted by sessions; null without sessions. */
  lcpP75Ms: number | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** The regional manager's headline figures, from the window's summed counters. */
export function kpiFigures(t: KpiTotals): KpiFigures {
  return {
    sessions: t.sessions,
    orders: t.orders,
    revenue: t.revenue,
    conversionRate: ratio(t.orders, t.sessions),
    checkoutCompletion: ratio(t.orders, t.checkoutStarts),
    averageOrderValue: ratio(t.revenue, t.orders),
    revenuePerSession: ratio(t.revenue, t.sessions),
    lcpP75Ms: t.lcpP75Ms,
  };
}
