import { describe, expect, it } from 'vitest';
import { routeDemand } from './traffic-routing.js';

const defaults = { a: 40, b: 30, c: 30 };
const demand = { a: 400, b: 300, c: 600 };

describe('routeDemand', () => {
  it('leaves every region its own shoppers at the default weights', () => {
    expect(routeDemand(demand, defaults, defaults)).toEqual(demand);
  });

  it('empties a region weighted 0 and moves its shoppers to the regions weighted up', () => {
    const served = routeDemand(demand, { a: 70, b: 30, c: 0 }, defaults);
    expect(served).toEqual({ a: 1000, b: 300, c: 0 });
  });

  it('splits shed shoppers in proportion to the increase and conserves the total', () => {
    const served = routeDemand(demand, { a: 20, b: 45, c: 35 }, defaults);
    expect(served.a).toBeCloseTo(200);
    expect(served.b).toBeCloseTo(300 + 200 * (15 / 20));
    expect(served.c).toBeCloseTo(600 + 200 * (5 / 20));
    expect(Object.values(served).reduce((s, x) => s + x, 0)).toBeCloseTo(1300);
  });
});
