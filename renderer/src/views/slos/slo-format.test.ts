import { describe, expect, it } from 'vitest';
import { formatBurn, formatDuration, formatExhaustion } from './slo-format.js';

describe('SLO formats', () => {
  it('says when the budget runs out', () => {
    // Workbook: 14.4× exhausts a 30-day budget in 50 h, 6× in 5 days.
    expect(formatExhaustion((30 * 24) / 14.4)).toBe('50.0 h');
    expect(formatExhaustion((30 * 24) / 6)).toBe('5.0 days');
    expect(formatExhaustion(0.25)).toBe('15 min');
    expect(formatExhaustion(0)).toBe('exhausted');
    expect(formatExhaustion(null)).toBe('not burning');
  });
  it('formats burn rates and durations', () => {
    expect([formatBurn(null), formatBurn(14.4), formatBurn(0.04), formatBurn(250.4)]).toEqual(['—', '14.4×', '0.0×', '250×']);
    expect([formatDuration(5 * 60_000), formatDuration(125 * 60_000), formatDuration(72 * 3_600_000)]).toEqual(['5 min', '2 h 5 min', '3.0 days']);
  });
});
