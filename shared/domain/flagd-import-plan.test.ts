import { describe, expect, it } from 'vitest';
import type { FeatureFlag } from '../platform-api/controls.js';
import { FLAGD_SCHEMA_URL, toFlagdDocument } from './flagd-document.js';
import { planFlagdImport } from './flagd-import-plan.js';

const stamp = { version: 3, updatedAt: 0, updatedBy: 'bootstrap', reason: 'seed' };
const flags: FeatureFlag[] = [
  { ...stamp, key: 'kill-promotions', description: 'Stop promotions.', owner: 'pricing', kind: 'kill-switch', enabled: false },
  { ...stamp, key: 'guest-checkout', description: 'Guests.', owner: 'checkout', kind: 'release', enabled: true },
];
const plan = (doc: unknown) => planFlagdImport(typeof doc === 'string' ? doc : JSON.stringify(doc), flags, 'eu-west');

describe('flagd export', () => {
  it('maps on/off to the default variant and keeps every flag evaluable', () => {
    expect(toFlagdDocument(flags)).toEqual({
      $schema: FLAGD_SCHEMA_URL,
      flags: {
        'guest-checkout': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on', metadata: { description: 'Guests.', owner: 'checkout', kind: 'release', version: 3 } },
        'kill-promotions': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', metadata: { description: 'Stop promotions.', owner: 'pricing', kind: 'kill-switch', version: 3 } },
      },
    });
  });
});

describe('flagd import plan', () => {
  it('round-trips an export with no changes', () => {
    expect(plan(toFlagdDocument(flags))).toEqual({ changes: [], errors: [], notes: [] });
  });

  it('lists the flips, reading the boolean of the default variant whatever the variants are called', () => {
    const p = plan({ flags: { 'kill-promotions': { state: 'ENABLED', variants: { yes: true, no: false }, defaultVariant: 'yes' } } });
    expect(p).toEqual({ changes: [{ key: 'kill-promotions', from: false, to: true }], errors: [], notes: [] });
  });

  it('names flag and field for wrong types, and plans nothing', () => {
    const p = plan({
      flags: {
        'kill-promotions': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 3 },
        'guest-checkout': { state: 'ON', variants: { on: 'yes', off: false }, defaultVariant: 'on' },
      },
    });
    expect(p.changes).toEqual([]);
    expect(p.errors).toEqual([
      { flag: 'kill-promotions', field: 'defaultVariant', message: 'must be the name of one of the variants (a string)' },
      { flag: 'guest-checkout', field: 'state', message: 'must be "ENABLED" or "DISABLED"' },
      { flag: 'guest-checkout', field: 'variants.on', message: 'must be true or false (Meridian flags are on/off)' },
    ]);
  });

  it('refuses a default variant that is not a variant', () => {
    expect(plan({ flags: { 'guest-checkout': { state: 'ENABLED', variants: { on: true }, defaultVariant: 'off' } } }).errors).toEqual([
      { flag: 'guest-checkout', field: 'defaultVariant', message: '"off" is not one of the variants (on)' },
    ]);
  });

  it('refuses flags the region does not have, naming them', () => {
    const p = plan({ flags: { 'no-such-flag': { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on' }, 'Bad Key': {} } });
    expect(p.errors.map((e) => [e.flag, e.field])).toEqual([
      ['no-such-flag', 'key'],
      ['Bad Key', 'key'],
    ]);
    expect(p.errors[0]?.message).toMatch(/no such flag in eu-west \(flags there: kill-promotions, guest-checkout\)/);
  });

  it('accepts targeting and DISABLED with a note saying what Meridian does with them', () => {
    const p = plan({
      flags: {
        'guest-checkout': { state: 'DISABLED', variants: { on: true, off: false }, defaultVariant: 'on' },
        'kill-promotions': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', targeting: { if: [{ '==': [{ var: 'tier' }, 'gold'] }, 'on', 'off'] } },
      },
      $evaluators: {},
    });
    expect(p.errors).toEqual([]);
    expect(p.changes).toEqual([{ key: 'guest-checkout', from: true, to: false }]);
    expect(p.notes.map((n) => `${n.flag ?? '-'}:${n.field}`)).toEqual(['-:$evaluators', 'guest-checkout:state', 'kill-promotions:targeting']);
  });

  it('gives a clear error for a file that is not a flagd document', () => {
    expect(plan('{"flags": {"guest-checkout": }}').errors).toEqual([
      { flag: null, field: '(file)', message: 'not valid JSON at line 1, column 30: unexpected "}" where a value was expected' },
    ]);
    expect(plan([1, 2]).errors[0]?.message).toBe('expected a flagd flag-definition object ({"flags": {…}}), found an array');
    expect(plan({ featureFlags: {} }).errors).toEqual([{ flag: null, field: 'flags', message: 'must be an object of flag keys to definitions, found nothing' }]);
    expect(plan({ flags: { 'guest-checkout': [] } }).errors[0]).toMatchObject({ flag: 'guest-checkout', field: '(flag)' });
  });
});
