import { describe, expect, it } from 'vitest';
import { formatWeights, inRegionOrder } from './format-weights.js';

describe('format weights', () => {
  it('puts weights in the console region order, unknown regions last', () => {
    const w = inRegionOrder({ 'ap-southeast': 30, 'eu-west': 30, 'us-east': 40, mars: 0 }, ['us-east', 'eu-west', 'ap-southeast']);
    expect(formatWeights(w)).toBe('us-east 40% · eu-west 30% · ap-southeast 30% · mars 0%');
  });
});
