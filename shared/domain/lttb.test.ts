import { describe, expect, it } from 'vitest';
import { lttb } from './lttb.js';

const line = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ ts: i * 1000, value: f(i) }));

describe('lttb', () => {
  it('returns the input untouched when it is already small enough', () => {
    const points = line(5, (i) => i);
    expect(lttb(points, 10)).toEqual(points);
  });

  it('reduces to exactly the threshold and keeps both ends', () => {
    const out = lttb(line(10_000, (i) => Math.sin(i / 100)), 500);
    expect(out).toHaveLength(500);
    expect(out[0]?.ts).toBe(0);
    expect(out.at(-1)?.ts).toBe(9_999_000);
  });

  it('keeps a single spike that averaging would flatten', () => {
    const out = lttb(line(10_000, (i) => (i === 4_321 ? 100 : 1)), 100);
    expect(out.some((p) => p.value === 100)).toBe(true);
  });

  it('keeps timestamps increasing', () => {
    const out = lttb(line(5_000, (i) => (i * 7919) % 13), 300);
    for (let i = 1; i < out.length; i++) expect(out[i]?.ts ?? 0).toBeGreaterThan(out[i - 1]?.ts ?? 0);
  });
});
