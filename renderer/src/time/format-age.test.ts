import { describe, expect, it } from 'vitest';
import { formatAge, formatAgeAt, formatAgeCoarse } from './format-age.js';

describe('formatAge', () => {
  it.each([
    [0, 'just now'],
    [-4_000, 'just now'],
    [999, 'just now'],
    [1_000, '1 s ago'],
    [12_400, '12 s ago'],
    [59_999, '59 s ago'],
    [60_000, '1 min ago'],
    [3 * 60_000 + 30_000, '3 min ago'],
    [59 * 60_000, '59 min ago'],
    [3_600_000, '1 h ago'],
    [3_600_000 + 5 * 60_000, '1 h 5 min ago'],
    [11 * 3_600_000 + 5 * 60_000, '11 h ago'],
    [2 * 86_400_000 + 3_600_000, '2 d ago'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });

  it('says so when the age cannot be computed', () => {
    expect(formatAge(Number.NaN)).toBe('age unknown');
    expect(formatAge(Number.POSITIVE_INFINITY)).toBe('age unknown');
  });
});

describe('formatAgeAt', () => {
  it('measures from now', () => {
    expect(formatAgeAt(1_000, 9_000)).toBe('8 s ago');
  });
  it('says never without an observation', () => {
    expect(formatAgeAt(null, 9_000)).toBe('never');
  });
});

describe('formatAgeCoarse', () => {
  it('does not tick every second', () => {
    expect(formatAgeCoarse(0, 12_000)).toBe('under a minute ago');
    expect(formatAgeCoarse(0, 59_000)).toBe('under a minute ago');
    expect(formatAgeCoarse(0, 3 * 60_000 + 5_000)).toBe('3 min ago');
    expect(formatAgeCoarse(null, 1)).toBe('never');
  });
});
