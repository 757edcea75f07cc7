import { describe, expect, it } from 'vitest';
import { sampleBadEvents, sampleEvents } from './event-sampling.js';
import { mulberry32 } from './noise.js';

describe('event sampling', () => {
  it.each([0.05, 0.4, 3, 25, 400])('is unbiased on average (mean %d)', (mean) => {
    const next = mulberry32(99);
    let total = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) total += sampleEvents(mean, next);
    expect(total / n).toBeCloseTo(mean, mean < 1 ? 1 : 0);
  });

  it('never returns more bad events than events', () => {
    const next = mulberry32(1);
    for (let i = 0; i < 1000; i++) expect(sampleBadEvents(3, 0.9, next)).toBeLessThanOrEqual(3);
  });
});
