import { describe, expect, it } from 'vitest';
import { auditDiff, compactJson } from './audit-diff.js';

const stamp = { version: 3, updatedAt: 1, updatedBy: 'ana', reason: 'x' };

describe('auditDiff', () => {
  it('shows only the fields that changed, without the change stamp', () => {
    expect(
      auditDiff(
        { ...stamp, key: 'kill-recommendations', enabled: false },
        { ...stamp, version: 4, updatedBy: 'bo', key: 'kill-recommendations', enabled: true },
      ),
    ).toEqual(['enabled: false → true']);
  });

  it('walks into nested objects such as traffic weights', () => {
    expect(
      auditDiff(
        { weights: { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 }, expiresAt: null },
        { weights: { 'us-east': 44, 'eu-west': 13, 'ap-southeast': 43 }, expiresAt: 1700000000000 },
      ),
    ).toEqual(['weights.us-east: 34 → 44', 'weights.eu-west: 33 → 13', 'weights.ap-southeast: 33 → 43', 'expiresAt: null → 1700000000000']);
  });

  it('shows strings as JSON, and a value appearing or disappearing', () => {
    expect(auditDiff({ mode: 'normal' }, { mode: 'degraded' })).toEqual(['mode: "normal" → "degraded"']);
    expect(auditDiff({ a: 1 }, { a: 1, b: [1, 2] })).toEqual(['b: — → [1,2]']);
    expect(auditDiff(null, { name: 'ana' })).toEqual(['null → {"name":"ana"}']);
    expect(auditDiff('viewer', 'on-call')).toEqual(['"viewer" → "on-call"']);
  });

  it('says "no change" for a refused change and nothing when there is nothing', () => {
    expect(auditDiff({ ...stamp, mode: 'normal' }, { ...stamp, mode: 'normal' })).toEqual(['no change']);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('falls back to the stamp when only it moved', () => {
    expect(auditDiff({ ...stamp, mode: 'normal' }, { ...stamp, version: 4, mode: 'normal' })).toEqual(['version: 3 → 4']);
  });

  it('shows what a refused request asked for against what was there', () => {
    const before = { ...stamp, weights: { 'us-east': 60, 'eu-west': 10, 'ap-southeast': 30 }, expiresAt: null, revertTo: null };
    expect(
      auditDiff(before, {
        requested: { expectedVersion: 3, expiresInMinutes: 30, override: null, weights: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 } },
      }),
    ).toEqual([
      'requested expiresInMinutes: 30',
      'requested weights.us-east: 60 → 100',
      'requested weights.eu-west: 10 → 0',
      'requested weights.ap-southeast: 30 → 0',
    ]);
    expect(auditDiff(before, { requested: { expectedVersion: 2 } })).toEqual(['requested expectedVersion: 2 (the platform had 3)']);
    expect(auditDiff(before, { requested: { expectedVersion: 3 } })).toEqual(['not applied (nothing requested differs)']);
  });

  it('caps long values and long diffs', () => {
    expect(compactJson('x'.repeat(200))).toHaveLength(80);
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    const lines = auditDiff({}, many);
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)).toBe('… 8 more');
  });
});
