// The live effect of a checkout mode: the figures of the ten minutes before the switch against those since.
import type { EffectFigures } from '../../../../shared/controls-api.js';
import { deltaTone, formatChange, relativeChange, type DeltaTone } from '../kpis/kpi-delta.js';

/** Checkout failure ratio 0..1 → "6.1 %" (one decimal; "0.04 %" below a tenth of a percent). */
export function formatFailureRatio(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const pct = ratio * 100;
  if (pct > 0 && pct < 0.1) return `${pct.toFixed(2)} %`;
  return `${pct.toFixed(1)} %`;
}

export function formatAov(amount: number | null): string {
  return amount === null || !Number.isFinite(amount) ? '—' : `$${amount.toFixed(2)}`;
}

export function formatOrdersPerMinute(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  return n >= 100 ? `${Math.round(n)}/min` : `${n.toFixed(1)}/min`;
}

export interface EffectRow {
  id: 'checkout-failure' | 'aov' | 'orders';
  label: string;
  before: string;
  after: string;
  /** "−4.9 pts", "+3.2%", "—". */
  delta: string;
  tone: DeltaTone;
}

/** Failure ratios differ in percentage points: "−4.9 pts". A real minus sign, like the KPI deltas. */
export function formatPointsDelta(before: number | null, after: number | null): string {
  if (before === null || after === null) return '—';
  const pts = (after - before) * 100;
  const text = Math.abs(pts).toFixed(1);
  if (text === '0.0') return '±0.0 pts';
  return pts > 0 ? `+${text} pts` : `−${text} pts`;
}

export function effectRows(before: EffectFigures, after: EffectFigures): EffectRow[] {
  // With no minutes since the change there is no "after" yet, only what it was before.
  const a: EffectFigures = after.minutes > 0 ? after : { ...after, checkoutFailureRatio: null, averageOrderValue: null, ordersPerMinute: null };
  const failureDelta =
    before.checkoutFailureRatio === null || a.checkoutFailureRatio === null ? null : a.checkoutFailureRatio - before.checkoutFailureRatio;
  const aov = relativeChange(a.averageOrderValue, before.averageOrderValue);
  const orders = relativeChange(a.ordersPerMinute, before.ordersPerMinute);
  return [
    {
      id: 'checkout-failure',
      label: 'Checkout failure ratio',
      before: formatFailureRatio(before.checkoutFailureRatio),
      after: formatFailureRatio(a.checkoutFailureRatio),
      delta: formatPointsDelta(before.checkoutFailureRatio, a.checkoutFailureRatio),
      // A tenth of a point is noise at these volumes.
      tone: failureDelta === null || Math.abs(failureDelta) < 0.001 ? 'flat' : failureDelta < 0 ? 'better' : 'worse',
    },
    {
      id: 'aov',
      label: 'Average order value',
      before: formatAov(before.averageOrderValue),
      after: formatAov(a.averageOrderValue),
      delta: formatChange(aov),
      tone: deltaTone(aov, true),
    },
    {
      id: 'orders',
      label: 'Orders per minute',
      before: formatOrdersPerMinute(before.ordersPerMinute),
      after: formatOrdersPerMinute(a.ordersPerMinute),
      delta: formatChange(orders),
      tone: deltaTone(orders, true),
    },
  ];
}
