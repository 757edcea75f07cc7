import { describe, expect, it } from 'vitest';
import type { SloStatus } from '../../../../shared/console-api.js';
import { sloRegions, sloRows } from './slo-rows.js';

function slo(region: string, service: string, budgetRemaining: number | null): SloStatus {
  return {
    id: `${region}.${service}.availability`,
    region,
    service,
    sli: 'availability',
    objective: 0.999,
    windowDays: 30,
    attainment: budgetRemaining === null ? null : 0.9995,
    budgetRemaining,
    burnRate1h: null,
    burnRate6h: null,
    state: budgetRemaining === null ? 'insufficient-data' : 'acceptable',
  };
}

describe('sloRows', () => {
  it('groups regions per objective and sorts by the worst budget', () => {
    const rows = sloRows([
      slo('us-east', 'cart', 0.8),
      slo('eu-west', 'cart', 0.1),
      slo('us-east', 'checkout', 0.4),
      slo('us-east', 'search', null),
      slo('us-east', 'payments', -0.2),
    ]);
    expect(rows.map((r) => [r.key, r.worstBudget])).toEqual([
      ['payments/availability', -0.2],
      ['cart/availability', 0.1],
      ['checkout/availability', 0.4],
      ['search/availability', null],
    ]);
    expect(Object.keys(rows[1]?.byRegion ?? {})).toEqual(['us-east', 'eu-west']);
  });
  it('lists regions in first-seen order', () => {
    expect(sloRegions([slo('b', 'x', 1), slo('a', 'x', 1), slo('b', 'y', 1)])).toEqual(['b', 'a']);
  });
});
