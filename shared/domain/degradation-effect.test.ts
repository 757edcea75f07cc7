import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../topology.js';
import { effectFigures, effectWindows } from './degradation-effect.js';

const T = Date.UTC(2025, 2, 12, 12, 0);

describe('effect figures', () => {
  it('computes failure ratio, order value and orders per minute', () => {
    expect(effectFigures({ checkoutStarts: 200, checkoutFailures: 10, orders: 120, revenue: 9_600, minutes: 10 })).toEqual({
      checkoutFailureRatio: 0.05,
      averageOrderValue: 80,
      ordersPerMinute: 12,
      minutes: 10,
    });
  });

  it('says "unknown" rather than dividing by zero', () => {
    expect(effectFigures({ checkoutStarts: 0, checkoutFailures: 0, orders: 0, revenue: 0, minutes: 0 })).toEqual({
      checkoutFailureRatio: null,
      averageOrderValue: null,
      ordersPerMinute: null,
      minutes: 0,
    });
  });
});

describe('effect windows', () => {
  it('takes the 10 minutes before the change minute and the complete minutes after it', () => {
    const w = effectWindows(T + 20_000, T + 3 * MINUTE_MS + 5_000);
    expect(w.before).toEqual({ from: T - 10 * MINUTE_MS, to: T });
    expect(w.after).toEqual({ from: T + MINUTE_MS, to: T + 3 * MINUTE_MS });
  });

  it('has an empty after window right after the change', () => {
    const w = effectWindows(T + 20_000, T + 40_000);
    expect(w.after.to - w.after.from).toBe(0);
  });

  it('keeps the latest 10 minutes after an old change', () => {
    const w = effectWindows(T, T + 60 * MINUTE_MS + 1);
    expect(w.after).toEqual({ from: T + 50 * MINUTE_MS, to: T + 60 * MINUTE_MS });
  });

  it('falls back to the latest 10 minutes without a change time', () => {
    expect(effectWindows(null, T + 1)).toEqual({ before: { from: T - 10 * MINUTE_MS, to: T }, after: { from: T, to: T } });
  });
});
