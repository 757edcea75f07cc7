import { describe, expect, it } from 'vitest';
import { ALL_REGIONS_CONFIRMATION as CONTRACT_CONFIRMATION } from '../../../../shared/controls-api.js';
import { ALL_REGIONS_CONFIRMATION } from './degradation-modes.js';
import { effectRows, formatFailureRatio, formatOrdersPerMinute, formatPointsDelta } from './effect-figures.js';

describe('effect figures', () => {
  it('formats the failure ratio like "6.1 %"', () => {
    expect(formatFailureRatio(0.061)).toBe('6.1 %');
    expect(formatFailureRatio(0)).toBe('0.0 %');
    expect(formatFailureRatio(0.0004)).toBe('0.04 %');
    expect(formatFailureRatio(null)).toBe('—');
    expect(formatFailureRatio(Number.NaN)).toBe('—');
  });

  it('gives failure deltas in points and orders per minute with a unit', () => {
    expect(formatPointsDelta(0.061, 0.012)).toBe('−4.9 pts');
    expect(formatPointsDelta(0.01, 0.02)).toBe('+1.0 pts');
    expect(formatPointsDelta(0.01, 0.01)).toBe('±0.0 pts');
    expect(formatPointsDelta(null, 0.01)).toBe('—');
    expect(formatOrdersPerMinute(12.345)).toBe('12.3/min');
    expect(formatOrdersPerMinute(250.4)).toBe('250/min');
  });

  it('compares before and after, with colour by meaning', () => {
    const rows = effectRows(
      { checkoutFailureRatio: 0.061, averageOrderValue: 80, ordersPerMinute: 40, minutes: 10 },
      { checkoutFailureRatio: 0.012, averageOrderValue: 72, ordersPerMinute: 44, minutes: 3 },
    );
    expect(rows.map((r) => [r.id, r.before, r.after, r.delta, r.tone])).toEqual([
      ['checkout-failure', '6.1 %', '1.2 %', '−4.9 pts', 'better'],
      ['aov', '$80.00', '$72.00', '−10.0%', 'worse'],
      ['orders', '40.0/min', '44.0/min', '+10.0%', 'better'],
    ]);
  });

  it('has no "after" before a minute has passed', () => {
    const rows = effectRows(
      { checkoutFailureRatio: 0.061, averageOrderValue: 80, ordersPerMinute: 40, minutes: 10 },
      { checkoutFailureRatio: 0.5, averageOrderValue: 1, ordersPerMinute: 1, minutes: 0 },
    );
    expect(rows.map((r) => r.after)).toEqual(['—', '—', '—']);
    expect(rows[0]?.tone).toBe('flat');
  });

  it('types the same confirmation as the contract', () => {
    expect(ALL_REGIONS_CONFIRMATION).toBe(CONTRACT_CONFIRMATION);
  });
});
