import { describe, expect, it } from 'vitest';
import { conflictMessage } from './conflict.js';
import { newerOf } from './resource-guards.js';

const AT = Date.UTC(2025, 0, 5, 17, 2, 0);
const stamp = { version: 7, updatedAt: AT, updatedBy: 'ana', reason: 'drain eu-west' };

describe('conflictMessage', () => {
  it('says who, when, why and what the value is now', () => {
    const flag = { ...stamp, key: 'promo-banner', enabled: false, kind: 'release', description: '', owner: 'web' };
    expect(conflictMessage('flag', flag, AT + 60_000, 'UTC')).toBe(
      'Changed by ana at 17:02: “drain eu-west” (now off) — review and apply again.',
    );
    const split = { ...stamp, weights: { 'us-east': 50, 'eu-west': 0, 'ap-southeast': 50 }, expiresAt: null, revertTo: null };
    expect(conflictMessage('traffic', split, AT + 60_000, 'UTC')).toContain('(now us-east 50% · eu-west 0% · ap-southeast 50%)');
  });

  it('leaves out the value when its shape is unexpected', () => {
    expect(conflictMessage('degradation', { ...stamp, mode: 'chaos' }, AT, 'UTC')).toBe(
      'Changed by ana at 17:02: “drain eu-west” — review and apply again.',
    );
  });

  it('still asks for a review without a stamp', () => {
    expect(conflictMessage('canary', 'nonsense', AT)).toMatch(/review the current value/);
  });
});

describe('newerOf', () => {
  it('keeps the higher version', () => {
    expect(newerOf({ version: 3 }, { version: 2 })).toEqual({ version: 3 });
    expect(newerOf({ version: 3 }, { version: 4 })).toEqual({ version: 4 });
    expect(newerOf(null, { version: 1 })).toEqual({ version: 1 });
    expect(newerOf({ version: 1 }, null)).toEqual({ version: 1 });
  });
});
