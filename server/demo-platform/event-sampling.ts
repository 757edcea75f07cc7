// Whole event counts from expected values. Plain rounding is biased at small counts (0.4 expected failures a
// minute would always round to 0, hiding a real 0.5 % failure ratio), so small counts are Poisson draws and
// large ones normal approximations of the binomial.

const POISSON_LIMIT = 30;

/** Events in a minute with this expected count; `variance` defaults to the Poisson one (= mean). */
export function sampleEvents(mean: number, next: () => number, variance = mean): number {
  if (!(mean > 0)) return 0;
  if (mean < POISSON_LIMIT) {
    // Inversion: walk the Poisson CDF until it passes one uniform draw.
    const u = next();
    let p = Math.exp(-mean);
    let cdf = p;
    let k = 0;
    while (u > cdf && k < 4 * POISSON_LIMIT) {
      k += 1;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
  const g = (next() + next() + next() + next() - 2) * Math.sqrt(3);
  return Math.max(0, Math.round(mean + Math.sqrt(variance) * g));
}

/** Bad events among `total` at `ratio`, never more than total. */
export function sampleBadEvents(total: number, ratio: number, next: () => number): number {
  return Math.min(total, sampleEvents(total * ratio, next, total * ratio * (1 - ratio)));
}

/** Rounds up with probability equal to the fraction: unbiased on average, unlike Math.round. */
export function roundUnbiased(x: number, u: number): number {
  return Math.max(0, Math.floor(x + u));
}
