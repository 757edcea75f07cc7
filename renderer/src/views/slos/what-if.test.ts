import { describe, expect, it } from 'vitest';
import { objectiveText, parseWhatIf } from './what-if.js';

describe('parseWhatIf', () => {
  it.each([
    ['99.5', 0.995],
    [' 99.9 ', 0.999],
    ['99.95%', 0.9995],
    ['99,5', 0.995],
    ['95', 0.95],
    ['.5', 0.005],
    ['99.', 0.99],
  ])('%s → %s', (text, objective) => {
    const r = parseWhatIf(text);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.objective).toBeCloseTo(objective, 12);
  });

  it('is empty for blank input (no what-if)', () => {
    expect(parseWhatIf('')).toEqual({ kind: 'empty' });
    expect(parseWhatIf('  ')).toEqual({ kind: 'empty' });
    expect(parseWhatIf('%')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['100', /no error budget.*less than 100/],
    ['100.0', /no error budget/],
    ['120', /no error budget/],
    ['99.999999999999999', /no error budget/],
    ['0', /above 0%/],
    ['-1', /above 0%/],
    ['abc', /not a number.*e\.g\. 99\.5/],
    ['NaN', /not a number/],
    ['Infinity', /not a number/],
    ['1e2', /not a number/],
    ['99.5.1', /not a number/],
  ])('rejects %s with a clear message', (text, message) => {
    const r = parseWhatIf(text);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(message);
  });
});

describe('objectiveText', () => {
  it('shows fractions as the percentages an operator types', () => {
    expect([objectiveText(0.999), objectiveText(0.995), objectiveText(0.9995), objectiveText(0.9)]).toEqual(['99.9', '99.5', '99.95', '90']);
  });
});
