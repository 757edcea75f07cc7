import { describe, expect, it } from 'vitest';
import { draftFromWeights, sameWeights, validateTrafficDraft } from './traffic-weights.js';

const REGIONS = ['us-east', 'eu-west', 'ap-southeast'];

describe('validateTrafficDraft', () => {
  it('accepts whole numbers summing to 100', () => {
    expect(validateTrafficDraft({ 'us-east': '50', 'eu-west': ' 0 ', 'ap-southeast': '50' }, REGIONS)).toEqual({
      ok: true,
      weights: { 'us-east': 50, 'eu-west': 0, 'ap-southeast': 50 },
      sum: 100,
    });
  });

  it('says what the sum is when it is not 100', () => {
    const v = validateTrafficDraft({ 'us-east': '40', 'eu-west': '25', 'ap-southeast': '30' }, REGIONS);
    expect(v).toMatchObject({ ok: false, sum: 95, message: 'traffic weights must sum to 100 (now 95)' });
  });

  it.each([
    ['-5', 'a weight cannot be negative'],
    ['2.5', 'use whole percentages'],
    ['abc', 'enter a whole percentage from 0 to 100'],
    ['NaN', 'enter a whole percentage from 0 to 100'],
    ['1e2', 'enter a whole percentage from 0 to 100'],
    ['', 'enter a whole percentage from 0 to 100'],
    ['101', 'a weight cannot exceed 100'],
  ])('rejects %j', (raw, error) => {
    const v = validateTrafficDraft({ 'us-east': raw, 'eu-west': '50', 'ap-southeast': '50' }, REGIONS);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.fieldErrors['us-east']).toBe(error);
    expect(v.message).toBe(`us-east: ${error}`);
    // The sum still counts the valid entries so the operator sees progress.
    expect(v.sum).toBe(100);
  });

  it('rejects unknown and missing regions with the shared rules', () => {
    const v = validateTrafficDraft({ 'us-east': '50', 'eu-west': '50', mars: '0' }, REGIONS);
    expect(v).toMatchObject({ ok: false, sum: 100, fieldErrors: {} });
    if (v.ok) return;
    expect(v.message).toMatch(/unknown region "mars"/);
    const missing = validateTrafficDraft({ 'us-east': '50', 'eu-west': '50' }, REGIONS);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.message).toMatch(/ap-southeast/);
  });

  it('has no sum when nothing is a number', () => {
    const v = validateTrafficDraft({ 'us-east': 'x', 'eu-west': 'y', 'ap-southeast': 'z' }, REGIONS);
    expect(v).toMatchObject({ ok: false, sum: null });
  });
});

describe('draftFromWeights / sameWeights', () => {
  it('round-trips', () => {
    const w = { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 };
    const v = validateTrafficDraft(draftFromWeights(w), REGIONS);
    expect(v.ok && sameWeights(v.weights, w)).toBe(true);
    expect(sameWeights(w, { ...w, 'eu-west': 32 })).toBe(false);
  });
});
