import { describe, expect, it } from 'vitest';
import { CANARY_MARK, OPERATOR_MARK } from '../../charts/palette.js';
import { chartAnnotations, shortLabel } from './slo-annotations.js';

describe('chartAnnotations', () => {
  it('keeps the range, sorts, drops exact repeats and colours by kind', () => {
    const marks = chartAnnotations(
      [
        { at: 300, kind: 'canary', text: 'checkout v2.14 → 25%' },
        { at: 100, kind: 'operator', text: 'degradation: degraded (ana)' },
        { at: 100, kind: 'operator', text: 'degradation: degraded (ana)' },
        { at: 50, kind: 'operator', text: 'too early' },
        { at: 900, kind: 'canary', text: 'too late' },
      ],
      100,
      800,
    );
    expect(marks).toEqual([
      { at: 100, label: 'degradation: degraded (ana)', colour: OPERATOR_MARK },
      { at: 300, label: 'checkout v2.14 → 25%', colour: CANARY_MARK },
    ]);
  });
  it('shortens long labels', () => {
    expect(shortLabel('traffic weights  us-east 40, eu-west 40, ap-southeast 20')).toBe('traffic weights us-east 40,…');
    expect(shortLabel('short')).toBe('short');
  });
});
