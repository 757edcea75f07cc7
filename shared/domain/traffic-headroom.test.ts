import { describe, expect, it } from 'vitest';
import { expectedRps, headroom, rpsPerPoint } from './traffic-headroom.js';

describe('traffic headroom', () => {
  it('scales a region’s load with its weight', () => {
    expect(expectedRps(400, 40, 50, null)).toBe(500);
    expect(expectedRps(300, 30, 10, null)).toBe(100);
    expect(expectedRps(300, 30, 0, null)).toBe(0);
  });

  it('gives a region without traffic the average load per point', () => {
    const perPoint = rpsPerPoint([
      { weight: 60, rps: 600 },
      { weight: 40, rps: 200 },
      { weight: 0, rps: 3 },
    ]);
    expect(perPoint).toBe(8);
    expect(expectedRps(3, 0, 20, perPoint)).toBe(160);
    expect(expectedRps(null, 30, 20, null)).toBeNull();
  });

  it('measures headroom against capacity', () => {
    expect(headroom(500, 1000)).toBe(0.5);
    expect(headroom(1200, 1000)).toBeCloseTo(-0.2);
    expect(headroom(500, null)).toBeNull();
    expect(headroom(null, 1000)).toBeNull();
    expect(headroom(5, 0)).toBeNull();
  });
});
