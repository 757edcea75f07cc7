import { describe, expect, it } from 'vitest';
import { timeTickFormatter } from './time-ticks.js';

describe('timeTickFormatter', () => {
  const at = Date.UTC(2025, 0, 5, 17, 4);
  it('shows the clock for a day and date and clock for longer spans', () => {
    expect(timeTickFormatter(at - 24 * 3_600_000, at)(at)).toMatch(/^\d\d:\d\d$/);
    expect(timeTickFormatter(at - 7 * 24 * 3_600_000, at)(at)).toMatch(/^\d{1,2} Jan,? \d\d:\d\d$/);
  });
});
