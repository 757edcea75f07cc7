import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './routes.js';

describe('parseHash', () => {
  it.each([
    ['', { page: 'overview', sub: null }],
    ['#', { page: 'overview', sub: null }],
    ['#/', { page: 'overview', sub: null }],
    ['#/overview', { page: 'overview', sub: null }],
    ['#/slos', { page: 'slos', sub: null }],
    ['#/slos/', { page: 'slos', sub: null }],
    ['#slos', { page: 'slos', sub: null }],
    ['#/controls?x=1', { page: 'controls', sub: null }],
    ['#/slos/us-east.checkout.availability', { page: 'slos', sub: 'us-east.checkout.availability' }],
    ['#/kpis/a%20b', { page: 'kpis', sub: 'a b' }],
    ['#/audit', { page: 'audit', sub: null }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each(['#/nope', '#/slos/a/b', '#/Slos', '#/kpis/%E0%A4%A'])('%s is not found', (hash) => {
    expect(parseHash(hash).page).toBe('not-found');
  });

  it('round-trips hrefFor', () => {
    expect(parseHash(hrefFor('kpis', 'conversion rate'))).toEqual({ page: 'kpis', sub: 'conversion rate' });
    expect(hrefFor('controls')).toBe('#/controls');
  });
});
