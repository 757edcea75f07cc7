import { describe, expect, it } from 'vitest';
import type { RegionControlsView } from '../../../../shared/console-api.js';
import type { FeatureFlag } from '../../../../shared/platform-api/index.js';
import { buildFlagRows, everywhereVersions, filterFlagRows, flagChangeText, flagEverywhereText, NO_FLAG_FILTER } from './flag-rows.js';

const REGIONS = ['us-east', 'eu-west', 'ap-southeast'];

function flag(key: string, extra: Partial<FeatureFlag> = {}): FeatureFlag {
  return { key, description: `${key} does things`, owner: 'web-team', kind: 'release', enabled: false, version: 1, updatedAt: 0, updatedBy: '', reason: '', ...extra };
}

function region(name: string, flags: FeatureFlag[] | null): RegionControlsView {
  return { region: name, flags: flags ? { value: flags, observedAt: 1, sourceId: `${name}/controls` } : null, degradation: null };
}

const view = [
  region('us-east', [flag('new-checkout', { enabled: true }), flag('kill-recommendations', { kind: 'kill-switch', owner: 'discovery-team' })]),
  region('eu-west', [
    flag('new-checkout', { enabled: false, updatedAt: 2000, updatedBy: 'ana', reason: 'rollback' }),
    flag('kill-recommendations', { kind: 'kill-switch', enabled: true, updatedAt: 1000, updatedBy: 'bo', reason: 'recs down' }),
    flag('eu-only', { kind: 'experiment' }),
  ]),
  region('ap-southeast', null),
];

describe('buildFlagRows', () => {
  const rows = buildFlagRows(view);
  it('makes one row per key, kill switches first, a cell per region', () => {
    expect(rows.map((r) => r.key)).toEqual(['kill-recommendations', 'eu-only', 'new-checkout']);
    const nc = rows[2];
    expect(nc?.cells['us-east']?.enabled).toBe(true);
    expect(nc?.cells['eu-west']?.enabled).toBe(false);
    expect(nc?.cells['ap-southeast']).toBeNull();
  });
  it('keeps the latest change of any region', () => {
    expect(rows[2]?.lastChange).toMatchObject({ region: 'eu-west', flag: { updatedBy: 'ana', reason: 'rollback' } });
    expect(rows[1]?.lastChange).toBeNull();
  });
});

describe('filterFlagRows', () => {
  const rows = buildFlagRows(view);
  const keys = (f: Partial<typeof NO_FLAG_FILTER>) => filterFlagRows(rows, { ...NO_FLAG_FILTER, ...f }, REGIONS).map((r) => r.key);
  it('searches key, description and owner', () => {
    expect(keys({ text: 'DISCOVERY' })).toEqual(['kill-recommendations']);
    expect(keys({ text: 'eu-only does' })).toEqual(['eu-only']);
    expect(keys({ text: '  ' })).toHaveLength(3);
  });
  it('filters by kind', () => {
    expect(keys({ kind: 'kill-switch' })).toEqual(['kill-recommendations']);
  });
  it('filters by region and state in that region', () => {
    expect(keys({ region: 'us-east' })).toEqual(['kill-recommendations', 'new-checkout']);
    expect(keys({ region: 'us-east', state: 'on' })).toEqual(['new-checkout']);
    expect(keys({ region: 'eu-west', state: 'on' })).toEqual(['kill-recommendations']);
  });
  it('filters by state across regions', () => {
    expect(keys({ state: 'mixed' })).toEqual(['kill-recommendations', 'new-checkout']);
    expect(keys({ state: 'off' })).toEqual(['eu-only']);
  });
});

describe('change texts', () => {
  it('says the exact change', () => {
    expect(flagChangeText('kill-recommendations', 'eu-west', false, true)).toBe('kill-recommendations: off → on in eu-west');
  });
  it('says what happens in every region', () => {
    const [ks] = buildFlagRows(view.slice(0, 2));
    if (!ks) throw new Error('no row');
    expect(flagEverywhereText(ks, ['us-east', 'eu-west'], true)).toBe(
      'kill-recommendations: on in every region (us-east off → on, eu-west already on)',
    );
  });
  it('needs the flag in every region for an everywhere-change', () => {
    const ks = buildFlagRows(view).find((r) => r.key === 'kill-recommendations');
    if (!ks) throw new Error('no row');
    expect(everywhereVersions(ks, REGIONS)).toEqual({ missing: ['ap-southeast'] });
    expect(everywhereVersions(ks, ['us-east', 'eu-west'])).toEqual({ versions: { 'us-east': 1, 'eu-west': 1 } });
  });
});
