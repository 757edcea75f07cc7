import { describe, expect, it } from 'vitest';
import { pageAlertText, sloName } from './page-alert-text.js';

describe('page alert text', () => {
  it('names built-in SLOs from their id and imported ones from the list', () => {
    expect(sloName('ap-southeast.checkout.availability', null)).toBe('checkout availability in ap-southeast');
    expect(sloName('imported-7f3a', null)).toBe('imported-7f3a');
    expect(sloName('imported-7f3a', { service: 'cart', sli: 'cart-errors', region: 'eu-west' })).toBe('cart cart-errors in eu-west');
  });
  it('says how fast and since when', () => {
    const t = pageAlertText({ id: 3, sloId: 'ap-southeast.checkout.availability', severity: 'page', startedAt: Date.UTC(2025, 0, 5, 17, 4), endedAt: null, peakBurnRate: 18.26 }, null);
    expect(t.title).toBe('Page: checkout availability in ap-southeast');
    expect(t.body).toMatch(/^Error budget burning at 18\.3× since \d\d:\d\d\./);
  });
});
