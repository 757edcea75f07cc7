import { describe, expect, it } from 'vitest';
import { pointsIn, PROMETHEUS_MAX_POINTS, splitRange } from './range-split.js';

describe('splitting a range query under the 11,000-point limit', () => {
  it('keeps 30 days of minutes in parts under the limit, covering every step exactly once', () => {
    const start = 1_700_000_040;
    const end = start + 30 * 24 * 3600;
    const parts = splitRange(start, end, 60);
    expect(parts.length).toBe(5);
    expect(parts.every((p) => pointsIn(p, 60) < PROMETHEUS_MAX_POINTS)).toBe(true);
    expect(parts.reduce((n, p) => n + pointsIn(p, 60), 0)).toBe((end - start) / 60 + 1);
    parts.slice(1).forEach((p, i) => expect(p.start).toBe((parts[i]?.end ?? 0) + 60));
    expect(parts.at(-1)?.end).toBe(end);
  });

  it('sends a short range as one request', () => {
    expect(splitRange(0, 3600, 60)).toEqual([{ start: 0, end: 3600 }]);
  });

  it('has nothing to ask for an empty range', () => {
    expect(splitRange(60, 0, 60)).toEqual([]);
  });
});
