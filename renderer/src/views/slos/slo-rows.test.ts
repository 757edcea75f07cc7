import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './slo-filters.js';
import { evaluation } from './slo-fixtures.test-util.js';
import { sloFacets, sloRows } from './slo-rows.js';

const all = [
  evaluation('us-east', 'cart', 0.8),
  evaluation('eu-west', 'cart', 0.1, { state: 'increasing' }),
  evaluation('us-east', 'checkout', 0.4),
  evaluation('ap-southeast', 'checkout', 0.05, { state: 'critical' }),
  evaluation('us-east', 'search', null),
  evaluation('us-east', 'payments', -0.2, { state: 'recovering' }),
  evaluation('us-east', 'checkout', 0.9, { sli: 'latency' }),
];

describe('sloRows', () => {
  it('groups regions per service and SLI and sorts by the worst budget, rows without data last', () => {
    const rows = sloRows(all, NO_FILTERS);
    expect(rows.map((r) => [r.key, r.worstBudget])).toEqual([
      ['payments/availability', -0.2],
      ['checkout/availability', 0.05],
      ['cart/availability', 0.1],
      ['checkout/latency', 0.9],
      ['search/availability', null],
    ]);
    expect(Object.keys(rows[2]?.byRegion ?? {})).toEqual(['us-east', 'eu-west']);
    expect(rows[1]?.slug).toBe('checkout-availability');
  });

  it('filters by service and by region, re-sorting on the cells that remain', () => {
    expect(sloRows(all, { ...NO_FILTERS, service: 'checkout' }).map((r) => r.key)).toEqual(['checkout/availability', 'checkout/latency']);
    const usEast = sloRows(all, { ...NO_FILTERS, region: 'us-east' });
    expect(usEast.map((r) => [r.key, r.worstBudget])).toEqual([
      ['payments/availability', -0.2],
      ['checkout/availability', 0.4],
      ['cart/availability', 0.8],
      ['checkout/latency', 0.9],
      ['search/availability', null],
    ]);
    expect(Object.keys(usEast[2]?.byRegion ?? {})).toEqual(['us-east']);
  });

  it('keeps a row, with all its regions, when any cell is in the filtered state', () => {
    const rows = sloRows(all, { ...NO_FILTERS, state: 'critical' });
    expect(rows.map((r) => r.key)).toEqual(['checkout/availability']);
    expect(Object.keys(rows[0]?.byRegion ?? {})).toEqual(['us-east', 'ap-southeast']);
    expect(sloRows(all, { service: 'cart', region: 'us-east', state: 'increasing' })).toEqual([]);
  });

  it('puts a second SLO for the same service, SLI and region in its own row, built-in first', () => {
    const rows = sloRows(
      [
        evaluation('us-east', 'checkout', 0.5, { origin: 'openslo', id: 'imported-1' }),
        evaluation('us-east', 'checkout', 0.7),
        evaluation('eu-west', 'checkout', 0.6),
      ],
      NO_FILTERS,
    );
    expect(rows.map((r) => [r.key, r.slug, Object.values(r.byRegion).map((e) => e.id)])).toEqual([
      ['checkout/availability#2', 'checkout-availability-2', ['imported-1']],
      ['checkout/availability', 'checkout-availability', ['us-east.checkout.availability', 'eu-west.checkout.availability']],
    ]);
  });
});

describe('sloFacets', () => {
  it('lists services sorted and regions in first-seen order', () => {
    expect(sloFacets(all)).toEqual({ services: ['cart', 'checkout', 'payments', 'search'], regions: ['us-east', 'eu-west', 'ap-southeast'] });
  });
  it('keeps the overview\'s region order, unknown regions after it', () => {
    expect(sloFacets(all, ['ap-southeast', 'us-east']).regions).toEqual(['ap-southeast', 'us-east', 'eu-west']);
  });
});
