import { describe, expect, it } from 'vitest';
import { reasonProblem } from './reason.js';

describe('reasonProblem', () => {
  it('wants at least three characters after trimming', () => {
    expect(reasonProblem('  ab  ')).toMatch(/at least 3/);
    expect(reasonProblem('abc')).toBeNull();
  });
  it('caps the length', () => {
    expect(reasonProblem('x'.repeat(2001))).toMatch(/2000/);
    expect(reasonProblem('x'.repeat(2000))).toBeNull();
  });
});
