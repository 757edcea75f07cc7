import { describe, expect, it } from 'vitest';
import { kpiFigures } from './kpi-formulas.js';

describe('kpiFigures', () => {
  it('derives conversion, completion, AOV and revenue per session', () => {
    const f = kpiFigures({ sessions: 1000, checkoutStarts: 40, orders: 25, revenue: 2000, lcpP75Ms: 1800 });
    expect(f.conversionRate).toBeCloseTo(0.025);
    expect(f.checkoutCompletion).toBeCloseTo(0.625);
    expect(f.averageOrderValue).toBeCloseTo(80);
    expect(f.revenuePerSession).toBeCloseTo(2);
  });
  it('gives null ratios, not NaN, for an empty window', () => {
    const f = kpiFigures({ sessions: 0, checkoutStarts: 0, orders: 0, revenue: 0, lcpP75Ms: null });
    expect(f.conversionRate).toBeNull();
    expect(f.averageOrderValue).toBeNull();
  });
});
