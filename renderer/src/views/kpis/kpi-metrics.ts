import type { KPI_METRICS } from '../../../../shared/console-api.js';
import type { KpiFigures } from '../../../../shared/console-api.js';
import { formatMoney, formatMs, formatPercent } from '../format-metrics.js';

// Typed against the backend's list (type-only, so zod stays out of the bundle): a metric added there makes
// this record incomplete and the compiler says so.
export type KpiMetric = (typeof KPI_METRICS)[number];

export const SERIES_METRICS: Record<KpiMetric, { label: string; unit: 'count' | 'usd' | 'ms' }> = {
  sessions: { label: 'Sessions per minute', unit: 'count' },
  productViews: { label: 'Product views per minute', unit: 'count' },
  addToCarts: { label: 'Add-to-carts per minute', unit: 'count' },
  checkoutStarts: { label: 'Checkout starts per minute', unit: 'count' },
  orders: { label: 'Orders per minute', unit: 'count' },
  revenue: { label: 'Revenue per minute (USD)', unit: 'usd' },
  checkoutFailures: { label: 'Checkout failures per minute', unit: 'count' },
  ttfbMs: { label: 'TTFB p75', unit: 'ms' },
  fcpMs: { label: 'FCP p75', unit: 'ms' },
  lcpMs: { label: 'LCP p75', unit: 'ms' },
  ttiMs: { label: 'TTI p75', unit: 'ms' },
};

export function isKpiMetric(v: string | null): v is KpiMetric {
  return v !== null && Object.hasOwn(SERIES_METRICS, v);
}

export function formatSeriesValue(metric: KpiMetric, v: number): string {
  switch (SERIES_METRICS[metric].unit) {
    case 'usd':
      return formatMoney(v);
    case 'ms':
      return formatMs(v);
    case 'count':
      return v >= 100 ? Math.round(v).toString() : v.toFixed(1);
  }
}

type FigureKey = 'conversionRate' | 'checkoutCompletion' | 'averageOrderValue' | 'revenuePerSession' | 'lcpP75Ms';

/** The regional manager's headline columns. */
export const FIGURES: readonly { key: FigureKey; label: string; higherIsBetter: boolean; format: (v: number | null) => string }[] = [
  { key: 'conversionRate', label: 'Conversion', higherIsBetter: true, format: (v) => formatPercent(v, 2) },
  { key: 'checkoutCompletion', label: 'Checkout completion', higherIsBetter: true, format: (v) => formatPercent(v, 1) },
  { key: 'averageOrderValue', label: 'AOV', higherIsBetter: true, format: formatMoney },
  { key: 'revenuePerSession', label: 'Revenue / session', higherIsBetter: true, format: formatMoney },
  { key: 'lcpP75Ms', label: 'LCP p75', higherIsBetter: false, format: (v) => (v === null ? '—' : formatMs(v)) },
];

export function figure(f: KpiFigures, key: FigureKey): number | null {
  return f[key];
}
