import { describe, expect, it } from 'vitest';
import { parseHash } from '../../routing/routes.js';
import { detailHref, NO_FILTERS, parseDetailRange, parseSloFilters, slosHref } from './slo-filters.js';

describe('parseSloFilters', () => {
  it.each([
    ['#/slos', NO_FILTERS],
    ['#/slos?', NO_FILTERS],
    ['#/slos?service=checkout', { ...NO_FILTERS, service: 'checkout' }],
    ['#/slos?service=checkout&region=ap-southeast&state=critical', { service: 'checkout', region: 'ap-southeast', state: 'critical' }],
    ['#/slos?state=insufficient-data', { ...NO_FILTERS, state: 'insufficient-data' }],
    ['#/slos?state=on-fire&service=', NO_FILTERS],
    ['#/slos?service=%20search%20', { ...NO_FILTERS, service: 'search' }],
    ['#/slos?region=a%26b', { ...NO_FILTERS, region: 'a&b' }],
    [`#/slos?service=${'x'.repeat(101)}`, NO_FILTERS],
    ['', NO_FILTERS],
  ])('%s', (hash, filters) => {
    expect(parseSloFilters(hash)).toEqual(filters);
  });

  it('round-trips through slosHref, which the router still reads as the SLO page', () => {
    const filters = { service: 'checkout', region: 'eu-west', state: 'recovering' as const };
    const href = slosHref(filters);
    expect(href).toBe('#/slos?service=checkout&region=eu-west&state=recovering');
    expect(parseSloFilters(href)).toEqual(filters);
    expect(parseHash(href)).toEqual({ page: 'slos', sub: null });
    expect(slosHref(NO_FILTERS)).toBe('#/slos');
  });
});

describe('detail range', () => {
  it('defaults to 24 h and ignores unknown ranges', () => {
    expect(parseDetailRange('#/slos/a.b.c')).toBe('24h');
    expect(parseDetailRange('#/slos/a.b.c?range=7d')).toBe('7d');
    expect(parseDetailRange('#/slos/a.b.c?range=1y')).toBe('24h');
  });
  it('builds links the router reads as the detail', () => {
    expect(detailHref('ap-southeast.checkout.availability')).toBe('#/slos/ap-southeast.checkout.availability');
    const href = detailHref('ap-southeast.checkout.availability', '28d');
    expect(parseHash(href)).toEqual({ page: 'slos', sub: 'ap-southeast.checkout.availability' });
    expect(parseDetailRange(href)).toBe('28d');
  });
});
