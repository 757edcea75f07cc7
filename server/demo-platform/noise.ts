// Counter-based randomness: every value is a pure function of (seed, coordinates), so any minute of history
// can be computed on its own, in any order, and comes out the same on every request and every restart.

const TWO_32 = 4_294_967_296;

/** mulberry32: a tiny seeded PRNG, good enough for simulation noise and fast. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  };
}

function mixWord(h: number, word: number): number {
  let x = Math.imul(h ^ word, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** Folds integer coordinates into one 32-bit PRNG state (murmur3 finaliser steps). Hot: no allocation. */
export function hash32(seed: number, parts: readonly number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < parts.length; i++) {
    const whole = Math.floor(parts[i] ?? 0);
    h = mixWord(h, whole >>> 0);
    // Epoch milliseconds exceed 32 bits: their high word is mixed in as well.
    if (whole >= TWO_32 || whole < 0) h = mixWord(h, Math.floor(whole / TWO_32) >>> 0);
  }
  return h >>> 0;
}

/** A stream of uniform numbers in [0, 1) addressed by coordinates, for when one quantity needs several draws. */
export function noiseStream(seed: number, ...parts: number[]): () => number {
  return mulberry32(hash32(seed, parts));
}

/** A uniform number in [0, 1) addressed by coordinates. */
export function unitNoise(seed: number, ...parts: number[]): number {
  return mulberry32(hash32(seed, parts))();
}

/** An approximately standard-normal number (Irwin–Hall of four uniforms: bounded, so no wild outliers). */
export function gaussianNoise(seed: number, ...parts: number[]): number {
  const next = mulberry32(hash32(seed, parts));
  return (next() + next() + next() + next() - 2) * Math.sqrt(3);
}

/**
 * Slowly wandering standard-normal noise: knots every `periodMs`, cosine-interpolated between them, so charts
 * drift like real traffic instead of showing white noise.
 */
export function smoothNoise(seed: number, t: number, periodMs: number, ...parts: number[]): number {
  const k = Math.floor(t / periodMs);
  const frac = (t - k * periodMs) / periodMs;
  const w = (1 - Math.cos(Math.PI * frac)) / 2;
  return gaussianNoise(seed, ...parts, k) * (1 - w) + gaussianNoise(seed, ...parts, k + 1) * w;
}

/** Noise channels, so two quantities of the same minute never share a random draw. */
export const Channel = {
  demand: 1,
  demandDrift: 2,
  errors: 3,
  latency: 4,
  latencyDrift: 5,
  sliCount: 6,
  sliErrors: 7,
  sliSlow: 8,
  funnel: 9,
  orderValue: 10,
  vitals: 11,
  poll: 12,
  canary: 13,
} as const;
