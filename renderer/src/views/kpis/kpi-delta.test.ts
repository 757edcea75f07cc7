import { describe, expect, it } from 'vitest';
import { deltaTone, formatChange, relativeChange } from './kpi-delta.js';

describe('relativeChange', () => {
  it('is relative to last week', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(90, 100)).toBeCloseTo(-0.1);
  });
  it('is unknown without both values or with a zero baseline', () => {
    expect(relativeChange(null, 100)).toBeNull();
    expect(relativeChange(1, null)).toBeNull();
    expect(relativeChange(1, 0)).toBeNull();
  });
});

describe('deltaTone', () => {
  it('colours by meaning', () => {
    expect(deltaTone(0.05, true)).toBe('better');
    expect(deltaTone(-0.05, true)).toBe('worse');
    expect(deltaTone(0.05, false)).toBe('worse');
    expect(deltaTone(-0.05, false)).toBe('better');
    expect(deltaTone(0.005, true)).toBe('flat');
    expect(deltaTone(null, true)).toBe('flat');
  });
});

describe('formatChange', () => {
  it('signs the change', () => {
    expect(formatChange(0.032)).toBe('+3.2%');
    expect(formatChange(-0.01)).toBe('−1.0%');
    expect(formatChange(null)).toBe('—');
  });
});
