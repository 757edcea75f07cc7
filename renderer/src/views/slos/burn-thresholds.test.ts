import { describe, expect, it } from 'vitest';
import { burnWindowRows, formatFactor, thresholdLines } from './burn-thresholds.js';
import { evaluation, rule } from './slo-fixtures.test-util.js';

// The workbook's factors for a 30-day SLO, and the same scaled to 28 days (× 28/30) as Sloth does.
const workbook = [rule('page-fast', 'page', 14.4, '1h', '5m'), rule('page-slow', 'page', 6, '6h', '30m'), rule('ticket-fast', 'ticket', 3, '1d', '2h'), rule('ticket-slow', 'ticket', 1, '3d', '6h')];

describe('thresholdLines', () => {
  it('draws one line per rule, highest first, labelled with severity, factor and windows', () => {
    expect(thresholdLines([...workbook].reverse())).toEqual([
      { value: 14.4, severity: 'page', label: 'page 14.4× (1h/5m)', firing: false },
      { value: 6, severity: 'page', label: 'page 6× (6h/30m)', firing: false },
      { value: 3, severity: 'ticket', label: 'ticket 3× (1d/2h)', firing: false },
      { value: 1, severity: 'ticket', label: 'ticket 1× (3d/6h)', firing: false },
    ]);
  });

  it('keeps the scaled factors the backend sends', () => {
    const scaled = workbook.map((r) => ({ ...r, factor: (r.factor * 28) / 30 }));
    expect(thresholdLines(scaled).map((l) => l.label)).toEqual(['page 13.44× (1h/5m)', 'page 5.6× (6h/30m)', 'ticket 2.8× (1d/2h)', 'ticket 0.93× (3d/6h)']);
  });

  it('merges rules with the same factor, page winning, and marks a firing line', () => {
    const lines = thresholdLines([rule('a', 'ticket', 6, '1d', '2h'), { ...rule('b', 'page', 6, '6h', '30m'), firing: true }]);
    expect(lines).toEqual([{ value: 6, severity: 'page', label: 'page 6× (1d/2h, 6h/30m)', firing: true }]);
  });

  it('skips factors that cannot be drawn', () => {
    expect(thresholdLines([rule('x', 'page', Number.NaN, '1h', '5m'), rule('y', 'page', 0, '1h', '5m'), rule('z', 'page', Infinity, '1h', '5m')])).toEqual([]);
    expect(thresholdLines([])).toEqual([]);
  });

  it('formats factors without float noise', () => {
    expect([formatFactor(14.4), formatFactor(6), formatFactor(14.399999), formatFactor(0.9333)]).toEqual(['14.4×', '6×', '14.4×', '0.93×']);
  });
});

describe('burnWindowRows', () => {
  it('lists every window with the budget it spent and the rules that read it', () => {
    const e = evaluation('ap-southeast', 'checkout', 0.3, {
      rules: workbook,
      burnRates: { '5m': 20, '30m': 8, '1h': 14.4, '2h': null, '6h': 6, '1d': 3, '3d': 1 },
    });
    const rows = burnWindowRows({ ...e, definition: { ...e.definition, windowDays: 30 } });
    expect(rows.map((r) => r.window)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d']);
    // Workbook: 14.4× for 1 h spends 2% of a 30-day budget, 6× for 6 h spends 5%, 3× for 1 d 10%, 1× for 3 d 10%.
    const spent = Object.fromEntries(rows.map((r) => [r.window, r.budgetSpent === null ? null : Number(r.budgetSpent.toFixed(4))]));
    expect(spent).toMatchObject({ '1h': 0.02, '6h': 0.05, '1d': 0.1, '3d': 0.1, '2h': null });
    expect(rows.find((r) => r.window === '6h')?.usedBy).toEqual(['page 6× long', 'ticket 1× short']);
    expect(rows.find((r) => r.window === '5m')?.usedBy).toEqual(['page 14.4× short']);
  });
});
