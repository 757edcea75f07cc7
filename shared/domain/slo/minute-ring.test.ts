import { describe, expect, it } from 'vitest';
import { MinuteRing } from './minute-ring.js';
import { DAY, HOUR, MINUTE } from './windows.js';

/** A plain map of minute → value: the obviously right answer the ring must agree with. */
class Reference {
  readonly values = new Map<number, number>();
  newest = Number.NEGATIVE_INFINITY;
  constructor(readonly capacity: number) {}
  set(ts: number, v: number) {
    const m = ts / MINUTE;
    this.newest = Math.max(this.newest, m);
    if (m > this.newest - this.capacity) this.values.set(m, v);
  }
  sum(from: number, to: number) {
    let total = 0;
    for (const [m, v] of this.values) if (m > this.newest - this.capacity && m * MINUTE >= from && m * MINUTE < to) total += v;
    return total;
  }
}

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('minute ring', () => {
  const t0 = Date.UTC(2026, 0, 1, 10, 17);

  it('sums any window over minutes and whole hours', () => {
    const ring = new MinuteRing(3 * 24 * 60);
    for (let i = 0; i < 2 * 24 * 60; i++) ring.set(t0 + i * MINUTE, i % 7);
    let expected = 0;
    for (let i = 13; i < 13 + 5 * 60 + 11; i++) expected += i % 7;
    expect(ring.sum(t0 + 13 * MINUTE, t0 + (13 + 5 * 60 + 11) * MINUTE)).toBe(expected);
    expect(ring.newestMinute).toBe(t0 + (2 * 24 * 60 - 1) * MINUTE);
  });

  it('overwrites a minute instead of adding to it', () => {
    const ring = new MinuteRing(60);
    ring.set(t0, 5);
    ring.set(t0, 3);
    expect(ring.sum(t0 - HOUR, t0 + HOUR)).toBe(3);
  });

  it('forgets minutes older than its capacity, also inside hour sums', () => {
    const ring = new MinuteRing(120);
    for (let i = 0; i < 300; i++) ring.set(t0 + i * MINUTE, 1);
    expect(ring.sum(0, t0 + 1000 * MINUTE)).toBe(120);
    ring.set(t0 + 10 * DAY, 2);
    expect(ring.sum(0, t0 + 11 * DAY)).toBe(2);
  });

  it('agrees with a plain map under random writes, out of order, across expiry', () => {
    const random = lcg(42);
    const capacity = 6 * 60;
    const ring = new MinuteRing(capacity);
    const ref = new Reference(capacity);
    let front = 0;
    for (let step = 0; step < 5_000; step++) {
      // Mostly the front moves forward; sometimes history or a re-sent minute arrives.
      const r = random();
      const minute = r < 0.6 ? (front += Math.floor(random() * 3)) : front - Math.floor(random() * capacity * 1.2);
      const ts = t0 + minute * MINUTE;
      const v = Math.floor(random() * 1000);
      ring.set(ts, v);
      ref.set(ts, v);
      if (step % 50 === 0) {
        const a = t0 + (front - Math.floor(random() * capacity * 1.5)) * MINUTE;
        const b = a + Math.floor(random() * capacity * 1.5) * MINUTE;
        expect(ring.sum(a, b)).toBe(ref.sum(a, b));
      }
    }
  });

  it('is empty before the first write', () => {
    const ring = new MinuteRing(60);
    expect(ring.sum(0, t0)).toBe(0);
    expect(ring.newestMinute).toBeNull();
  });
});
