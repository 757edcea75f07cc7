import { describe, expect, it } from 'vitest';
import { pointsForWidth } from './chart-points.js';

describe('pointsForWidth', () => {
  it.each([
    [null, 400],
    [0, 400],
    [Number.NaN, 400],
    [3, 10],
    [812, 800],
    [826, 850],
    [2560, 1000],
  ])('%s px → %s points', (width, points) => {
    expect(pointsForWidth(width)).toBe(points);
  });
});
