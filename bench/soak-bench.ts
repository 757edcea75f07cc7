import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startBackend } from '../server/backend.js';
import { tempDir } from '../server/testing/temp-dir.js';

export interface SoakResult {
  seconds: number;
  pollIntervalMs: number;
  /** Polls of one source the run is equivalent to at the default 5 s interval, in hours. */
  equivalentHours: number;
  heapStartMb: number;
  heapEndMb: number;
  /** Least-squares slope of the post-GC heap over the second half of the run, MB per equivalent hour. */
  slopeMbPerEquivalentHour: number;
}

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

function slope(points: Array<[number, number]>): number {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/**
 * An accelerated soak: the backend polls every source 20× faster than in production, so a minute here is 20
 * minutes of polling. Memory that grows with polls shows as a positive slope after warm-up. It is indicative,
 * not a 24 h proof: raise MERIDIAN_SOAK_SECONDS (4,320 s ≈ 24 h of polls) for that.
 */
export async function soakBench(seconds = Number(process.env.MERIDIAN_SOAK_SECONDS ?? 60)): Promise<SoakResult> {
  const pollIntervalMs = 250;
  const t = tempDir('meridian-soak-');
  const backend = await startBackend({ mode: 'server', dataDir: t.dir, historyDays: 0, pollIntervalMs });
  try {
    await new Promise((r) => setTimeout(r, 3_000));
    const samples: Array<[number, number]> = [];
    const start = performance.now();
    const heapStartMb = heapMb();
    while (performance.now() - start < seconds * 1000) {
      await new Promise((r) => setTimeout(r, 2_000));
      samples.push([(performance.now() - start) / 1000, heapMb()]);
    }
    const speedUp = 5_000 / pollIntervalMs;
    const secondHalf = samples.slice(Math.floor(samples.length / 2));
    return {
      seconds,
      pollIntervalMs,
      equivalentHours: (seconds * speedUp) / 3600,
      heapStartMb,
      heapEndMb: samples.at(-1)?.[1] ?? heapStartMb,
      slopeMbPerEquivalentHour: slope(secondHalf) * (3600 / speedUp),
    };
  } finally {
    await backend.close();
    t.remove();
  }
}
