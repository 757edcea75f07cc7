import { describe, expect, it } from 'vitest';
import {
  drainedRegions,
  draftFromWeights,
  parseExpiryMinutes,
  pointsMoved,
  sameWeights,
  sliderValue,
  textFromSlider,
  validateTrafficDraft,
  weightChangeText,
  withWeight,
} from './traffic-weights.js';

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

describe('slider and number input', () => {
  it('puts the slider where the typed number is, clamped, and at 0 for text that is not a number', () => {
    expect(sliderValue('35')).toBe(35);
    expect(sliderValue(' 7 ')).toBe(7);
    expect(sliderValue('140')).toBe(100);
    expect(sliderValue('-5')).toBe(0);
    expect(sliderValue('2.6')).toBe(3);
    expect(sliderValue('abc')).toBe(0);
    expect(sliderValue('')).toBe(0);
  });

  it('turns a slider position into whole-number text', () => {
    expect(textFromSlider('42')).toBe('42');
    expect(textFromSlider('101')).toBe('100');
    expect(textFromSlider('nope')).toBe('0');
  });

  it('moving one slider changes only that region and the live sum says how far from 100', () => {
    const draft = draftFromWeights({ 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 });
    const moved = withWeight(draft, 'eu-west', textFromSlider('13'));
    expect(moved).toEqual({ 'us-east': '34', 'eu-west': '13', 'ap-southeast': '33' });
    const v = validateTrafficDraft(moved, REGIONS);
    expect(v).toMatchObject({ ok: false, sum: 80, message: 'traffic weights must sum to 100 (now 80)' });
    const fixed = validateTrafficDraft(withWeight(withWeight(moved, 'us-east', '44'), 'ap-southeast', '43'), REGIONS);
    expect(fixed.ok).toBe(true);
    // The draft stays the operator's text, so a half-typed value keeps its error rather than jumping.
    expect(validateTrafficDraft(withWeight(draft, 'eu-west', '3.'), REGIONS).ok).toBe(false);
  });
});

describe('describing a change', () => {
  const before = { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 };
  const after = { 'us-east': 44, 'eu-west': 13, 'ap-southeast': 43 };
  it('counts the points that move', () => {
    expect(pointsMoved(before, after)).toBe(20);
    expect(pointsMoved(before, before)).toBe(0);
    expect(pointsMoved(before, { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 })).toBe(66);
  });
  it('names each region that changes', () => {
    expect(weightChangeText(before, after, REGIONS)).toBe('us-east 34% → 44%, eu-west 33% → 13%, ap-southeast 33% → 43%');
    expect(weightChangeText(before, { ...before, 'us-east': 35, 'eu-west': 32 }, REGIONS)).toBe('us-east 34% → 35%, eu-west 33% → 32%');
    expect(weightChangeText(before, before, REGIONS)).toBe('no change');
  });
  it('lists drained regions', () => {
    expect(drainedRegions({ 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 }, REGIONS)).toEqual(['eu-west', 'ap-southeast']);
  });
  it('reads the minutes of a temporary shift', () => {
    expect(parseExpiryMinutes('30')).toBe(30);
    expect(parseExpiryMinutes('0')).toBeNull();
    expect(parseExpiryMinutes('1441')).toBeNull();
    expect(parseExpiryMinutes('2.5')).toBeNull();
    expect(parseExpiryMinutes('')).toBeNull();
  });
});
