import { describe, expect, it } from 'vitest';
import { trafficWeightProblems } from './traffic-weights.js';

const regions = ['us-east', 'eu-west', 'ap-southeast'];

describe('trafficWeightProblems', () => {
  it('accepts a whole split that sums to 100', () => {
    expect(trafficWeightProblems({ 'us-east': 50, 'eu-west': 0, 'ap-southeast': 50 }, regions)).toEqual([]);
  });
  it.each([
    [{ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 25 }, 'traffic weights must sum to 100 (now 95)'],
    [{ 'us-east': 110, 'eu-west': -10, 'ap-southeast': 0 }, "eu-west's weight must be a whole number from 0 to 100 (now -10)"],
    [{ 'us-east': 40.5, 'eu-west': 29.5, 'ap-southeast': 30 }, "us-east's weight must be a whole number from 0 to 100 (now 40.5)"],
    [{ 'us-east': Number.NaN, 'eu-west': 50, 'ap-southeast': 50 }, "us-east's weight must be a whole number from 0 to 100 (now NaN)"],
    [{ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 20, mars: 10 }, 'unknown region "mars" (known: us-east, eu-west, ap-southeast)'],
    [{ 'us-east': 50, 'eu-west': 50 }, 'give ap-southeast a weight (0 to drain it)'],
  ])('%o is refused with "%s"', (weights, problem) => {
    expect(trafficWeightProblems(weights, regions)).toContain(problem);
  });
});
