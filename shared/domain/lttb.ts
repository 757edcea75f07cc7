import type { SeriesPoint } from '../console-api.js';

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the points that shape the line,
 * so a spike survives where averaging would flatten it. Input must be sorted by ts.
 */
export function lttb(points: readonly SeriesPoint[], threshold: number): SeriesPoint[] {
  const n = points.length;
  if (threshold >= n || threshold < 3) return points.slice();
  const first = points[0];
  const last = points[n - 1];
  if (!first || !last) return [];

  const sampled: SeriesPoint[] = [first];
  const bucketSize = (n - 2) / (threshold - 2);
  let anchor = first;

  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1);

    // The average of the next bucket is the third corner of each candidate triangle.
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgTs = 0;
    let avgValue = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      const p = points[i] ?? last;
      avgTs += p.ts;
      avgValue += p.value;
    }
    const count = Math.max(nextEnd - nextStart, 1);
    avgTs /= count;
    avgValue /= count;

    let best = points[start] ?? last;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i] ?? last;
      const area = Math.abs((anchor.ts - avgTs) * (p.value - anchor.value) - (anchor.ts - p.ts) * (avgValue - anchor.value));
      if (area > bestArea) {
        bestArea = area;
        best = p;
      }
    }
    sampled.push(best);
    anchor = best;
  }
  sampled.push(last);
  return sampled;
}
