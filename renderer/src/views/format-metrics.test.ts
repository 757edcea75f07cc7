import { describe, expect, it } from 'vitest';
import { formatErrorRatio, formatMoney, formatMs, formatPercent, formatRps } from './format-metrics.js';

describe('metric formats', () => {
  it('formats rates', () => {
    expect(formatRps(12.4)).toBe('12 rps');
    expect(formatRps(1_234)).toBe('1.2k rps');
    expect(formatRps(25_600)).toBe('26k rps');
  });
  it('keeps small error ratios distinguishable', () => {
    expect(formatErrorRatio(0)).toBe('0%');
    expect(formatErrorRatio(0.0001)).toBe('0.010%');
    expect(formatErrorRatio(0.0123)).toBe('1.23%');
    expect(formatErrorRatio(0.25)).toBe('25.0%');
  });
  it('formats latency, percentages and money', () => {
    expect(formatMs(312.4)).toBe('312 ms');
    expect(formatMs(1_250)).toBe('1.25 s');
    expect(formatPercent(0.0345)).toBe('3.5%');
    expect(formatPercent(null)).toBe('—');
    expect(formatMoney(81.456)).toBe('$81.46');
  });
});
