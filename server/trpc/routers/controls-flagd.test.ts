// flagd export and import through the API against the demo platform. "Nothing changed" is checked on the
// platform itself, not only in Meridian's cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { FLAGD_SCHEMA_URL } from '../../../shared/domain/flagd-document.js';
import { RegionControls } from '../../../shared/platform-api/index.js';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'steady' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

/** Flag versions as the platform has them now. */
async function platformVersions(region: 'eu-west' | 'us-east' = 'eu-west'): Promise<Record<string, number>> {
  const res = await fetch(`${h.demo.regionUrls[region]}/v1/controls`);
  const controls = RegionControls.parse(await res.json());
  return Object.fromEntries(controls.flags.map((f) => [f.key, f.version]));
}
const importFile = (content: string, dryRun: boolean, role: 'on-call' | 'viewer' = 'on-call') =>
  h.caller(role, 'imp').controls.importFlagd({ region: 'eu-west', content, dryRun, reason: 'flagd import test', idempotencyKey: newKey() });

describe('exportFlagd', () => {
  it('writes flagd’s flag-definition format', async () => {
    const e = await h.caller('viewer').controls.exportFlagd({ region: 'eu-west' });
    expect(e.fileName).toMatch(/^meridian-flags-eu-west-\d{4}-\d{2}-\d{2}\.flagd\.json$/);
    const doc = JSON.parse(e.content) as { $schema: string; flags: Record<string, unknown> };
    expect(doc.$schema).toBe(FLAGD_SCHEMA_URL);
    expect(doc.flags['kill-promotions']).toMatchObject({ state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', metadata: { kind: 'kill-switch' } });
    expect(doc.flags['guest-checkout']).toMatchObject({ defaultVariant: 'on' });
  });
});

describe('importFlagd', () => {
  it('round-trips an export with no changes', async () => {
    const { content } = await h.caller().controls.exportFlagd({ region: 'eu-west' });
    const before = await platformVersions();
    expect(await importFile(content, true)).toEqual({ changes: [], errors: [], notes: [], applied: false });
    expect(await importFile(content, false)).toEqual({ changes: [], errors: [], notes: [], applied: true });
    expect(await platformVersions()).toEqual(before);
  });

  it('lists the changes on a dry run and applies them otherwise, one audit entry per flag', async () => {
    const { content } = await h.caller().controls.exportFlagd({ region: 'eu-west' });
    const doc = JSON.parse(content) as { flags: Record<string, { defaultVariant: string }> };
    const set = (k: string, v: string) => {
      const f = doc.flags[k];
      if (f) f.defaultVariant = v;
    };
    set('kill-promotions', 'on');
    set('guest-checkout', 'off');
    const edited = JSON.stringify(doc);
    const before = await platformVersions();
    const dry = await importFile(edited, true);
    expect(dry.changes).toEqual([
      { key: 'guest-checkout', from: true, to: false },
      { key: 'kill-promotions', from: false, to: true },
    ]);
    expect(dry.applied).toBe(false);
    expect(await platformVersions()).toEqual(before);

    const applied = await importFile(edited, false);
    expect(applied).toMatchObject({ applied: true, errors: [] });
    const after = await platformVersions();
    expect(after['kill-promotions']).toBe((before['kill-promotions'] ?? 0) + 1);
    expect(after['guest-checkout']).toBe((before['guest-checkout'] ?? 0) + 1);
    const entries = (await h.caller().audit.list({ action: 'flags.import', limit: 10 })).entries;
    expect(entries.map((e) => [e.target, e.result, e.detail])).toEqual([
      ['eu-west/flag/kill-promotions', 'applied', 'from a flagd file'],
      ['eu-west/flag/guest-checkout', 'applied', 'from a flagd file'],
    ]);
  });

  it('names flag and field for wrong types and changes nothing', async () => {
    const before = await platformVersions();
    const bad = JSON.stringify({
      flags: {
        'kill-promotions': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 3 },
        'guest-checkout': { state: 'ENABLED', variants: { on: 'yes', off: false }, defaultVariant: 'on' },
        'checkout-v2-ui': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on' },
      },
    });
    const r = await importFile(bad, false);
    expect(r.applied).toBe(false);
    expect(r.changes).toEqual([]);
    expect(r.errors).toEqual([
      { flag: 'kill-promotions', field: 'defaultVariant', message: 'must be the name of one of the variants (a string)' },
      { flag: 'guest-checkout', field: 'variants.on', message: 'must be true or false (Meridian flags are on/off)' },
    ]);
    expect(await platformVersions()).toEqual(before);
  });

  it('refuses flags the region does not have, naming them', async () => {
    const r = await importFile(JSON.stringify({ flags: { 'dark-mode': { state: 'ENABLED', variants: { on: true }, defaultVariant: 'on' } } }), false);
    expect(r.errors).toEqual([{ flag: 'dark-mode', field: 'key', message: expect.stringMatching(/^no such flag in eu-west/) }]);
  });

  it('accepts targeting, reporting that it is not applied', async () => {
    const { content } = await h.caller().controls.exportFlagd({ region: 'eu-west' });
    const doc = JSON.parse(content) as { flags: Record<string, Record<string, unknown>> };
    const flag = doc.flags['checkout-v2-ui'];
    if (flag) flag.targeting = { if: [{ in: ['@example.com', { var: 'email' }] }, 'on', 'off'] };
    const r = await importFile(JSON.stringify(doc), true);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([{ flag: 'checkout-v2-ui', field: 'targeting', message: expect.stringMatching(/not applied/) }]);
  });

  it('gives a clear error for a foreign or corrupt file', async () => {
    const before = await platformVersions();
    const notJson = await importFile('flags:\n  kill-promotions: on\n', false);
    expect(notJson.errors).toEqual([{ flag: null, field: '(file)', message: 'not valid JSON at line 1, column 1: unexpected "f" where a value was expected' }]);
    const array = await importFile('[{"key": "kill-promotions"}]', false);
    expect(array.errors[0]?.message).toBe('expected a flagd flag-definition object ({"flags": {…}}), found an array');
    const huge = await rejection(importFile(JSON.stringify({ flags: {}, padding: 'x'.repeat(2_000_000) }), false));
    expect(huge.code).toBe('BAD_REQUEST');
    expect(huge.cause instanceof ZodError && huge.cause.issues[0]?.message).toBe('a flag file must be under 1 MB');
    expect(await platformVersions()).toEqual(before);
  });

  it('lets a viewer validate a file but not apply it, and records the refusal', async () => {
    const { content } = await h.caller().controls.exportFlagd({ region: 'eu-west' });
    const doc = JSON.parse(content) as { flags: Record<string, { defaultVariant: string }> };
    const f = doc.flags['checkout-v2-ui'];
    if (f) f.defaultVariant = 'on';
    expect((await importFile(JSON.stringify(doc), true, 'viewer')).changes).toHaveLength(1);
    const e = await rejection(importFile(JSON.stringify(doc), false, 'viewer'));
    expect(e.code).toBe('FORBIDDEN');
    expect((await h.caller().audit.list({ limit: 1 })).entries[0]).toMatchObject({ action: 'flags.import', target: 'eu-west/flags', result: 'refused', role: 'viewer' });
  });

  it('stops at a platform failure and says what was applied', async () => {
    const { content } = await h.caller().controls.exportFlagd({ region: 'eu-west' });
    const doc = JSON.parse(content) as { flags: Record<string, { defaultVariant: string }> };
    for (const k of ['checkout-v2-ui', 'reco-carousel-v3']) {
      const f = doc.flags[k];
      if (f) f.defaultVariant = 'on';
    }
    h.demo.faults.set('eu-west', 'flag', { kind: 'error', status: 503 });
    try {
      const r = await importFile(JSON.stringify(doc), false);
      expect(r.applied).toBe(false);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ flag: 'checkout-v2-ui', field: 'platform' });
      expect(r.errors[0]?.message).toMatch(/nothing was applied before it; 1 not attempted/);
    } finally {
      h.demo.faults.clear();
    }
  });
});
