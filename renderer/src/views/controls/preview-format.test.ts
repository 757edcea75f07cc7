import { describe, expect, it } from 'vitest';
import { formatHeadroom, formatWeightShift } from './preview-format.js';

describe('formatHeadroom', () => {
  it.each([
    [0.38, '38% left', 'ok'],
    [0.1, '10% left', 'low'],
    [0, '0% left', 'low'],
    [-0.12, 'over capacity by 12%', 'over'],
    [null, 'unknown', 'unknown'],
  ] as const)('%s → %s', (h, text, tone) => {
    expect(formatHeadroom(h)).toEqual({ text, tone });
  });
});

describe('formatWeightShift', () => {
  it('says which way the points go', () => {
    expect(formatWeightShift({ weightBefore: 33, weightAfter: 43 })).toBe('receives +10 points');
    expect(formatWeightShift({ weightBefore: 33, weightAfter: 13 })).toBe('gives −20 points');
    expect(formatWeightShift({ weightBefore: 33, weightAfter: 33 })).toBe('unchanged');
  });
});
