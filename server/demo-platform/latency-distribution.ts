// Latencies are modelled as log-normal, fixed by p50 and p99. The same distribution answers the health
// endpoint's percentiles and the latency SLI's "answered within threshold" counts, so the two always agree.

export interface LogNormal {
  /** ln of the median. */
  mu: number;
  sigma: number;
}

const Z95 = 1.6448536;
const Z99 = 2.3263479;

export function fromPercentiles(p50Ms: number, p99Ms: number): LogNormal {
  const median = Math.max(p50Ms, 0.1);
  const tail = Math.max(p99Ms, median * 1.01);
  return { mu: Math.log(median), sigma: Math.log(tail / median) / Z99 };
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export function fractionWithin(d: LogNormal, thresholdMs: number): number {
  return normalCdf((Math.log(thresholdMs) - d.mu) / d.sigma);
}

export function percentiles(d: LogNormal): { p50: number; p95: number; p99: number } {
  return { p50: Math.exp(d.mu), p95: Math.exp(d.mu + Z95 * d.sigma), p99: Math.exp(d.mu + Z99 * d.sigma) };
}

export interface Weighted {
  share: number;
  latency: LogNormal;
}

/** Share of a mixture (baseline + canary) answered within the threshold. */
export function mixtureFractionWithin(parts: readonly Weighted[], thresholdMs: number): number {
  const total = parts.reduce((s, p) => s + p.share, 0);
  if (total <= 0) return 1;
  return parts.reduce((s, p) => s + p.share * fractionWithin(p.latency, thresholdMs), 0) / total;
}

/** Quantile of a mixture, by bisection on log latency (a mixture of log-normals has no closed form). */
export function mixtureQuantile(parts: readonly Weighted[], q: number): number {
  const live = parts.filter((p) => p.share > 0);
  const first = live[0];
  if (!first) return 0;
  if (live.length === 1) return Math.exp(first.latency.mu + inverseNormal(q) * first.latency.sigma);
  let lo = Math.min(...live.map((p) => p.latency.mu - 6 * p.latency.sigma));
  let hi = Math.max(...live.map((p) => p.latency.mu + 6 * p.latency.sigma));
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (mixtureFractionWithin(live, Math.exp(mid)) < q) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

/** Inverse standard normal CDF for the few quantiles needed, refined by Newton steps on normalCdf. */
function inverseNormal(q: number): number {
  let z = q === 0.5 ? 0 : q === 0.95 ? Z95 : q === 0.99 ? Z99 : 0;
  for (let i = 0; i < 8; i++) {
    const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
    z -= (normalCdf(z) - q) / density;
  }
  return z;
}
