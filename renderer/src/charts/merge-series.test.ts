import { describe, expect, it } from 'vitest';
import { mergeSeries } from './merge-series.js';

describe('mergeSeries', () => {
  it('joins series on timestamps, sorted, with shifts applied', () => {
    const rows = mergeSeries([
      { name: 'a', points: [{ ts: 20, value: 2 }, { ts: 10, value: 1 }] },
      { name: 'b', points: [{ ts: 5, value: 9 }], shiftMs: 5 },
      { name: 'c', points: [{ ts: 15, value: 3 }] },
    ]);
    expect(rows).toEqual([
      { ts: 10, a: 1, b: 9 },
      { ts: 15, c: 3 },
      { ts: 20, a: 2 },
    ]);
  });
  it('is empty for no points', () => {
    expect(mergeSeries([{ name: 'a', points: [] }])).toEqual([]);
  });
});
