import { performance } from 'node:perf_hooks';
import { DAY_MS, MINUTE_MS } from '../shared/topology.js';
import { createCache } from '../server/store/cache.js';
import { tempDir } from '../server/testing/temp-dir.js';
import { percentile } from './stats.js';

export interface SqliteBenchResult {
  ingestSamplesPerSecond: number;
  ingestedSamples: number;
  query24hP95Ms: number;
  query24hMedianMs: number;
  historyRows: number;
}

/** Ingest as the pollers do (dense minute batches, one transaction per batch), then 24 h reads over 30 days. */
export function sqliteBench(): SqliteBenchResult {
  const t = tempDir('meridian-bench-');
  const cache = createCache(t.dir);
  try {
    const seriesCount = 60;
    const minutes = 30 * 24 * 60;
    const end = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
    const start = end - minutes * MINUTE_MS;
    const dayMinutes = 24 * 60;
    const values = Array.from({ length: dayMinutes }, (_, i) => 1000 + (i % 97));

    const began = performance.now();
    let written = 0;
    // One transaction per (day × all series): the shape of a backfill chunk for one region.
    for (let day = 0; day < 30; day++) {
      cache.series.transaction(() => {
        for (let s = 0; s < seriesCount; s++) {
          cache.series.writeMinutes(`bench|svc${s}|metric`, 'counter', start + day * DAY_MS, values);
          written += values.length;
        }
      });
    }
    const ingestMs = performance.now() - began;

    const timings: number[] = [];
    for (let i = 0; i < 300; i++) {
      const key = `bench|svc${i % seriesCount}|metric`;
      const from = start + Math.floor(((i * 7919) % 29) * DAY_MS);
      const q0 = performance.now();
      const rows = cache.series.read(key, from, from + DAY_MS, '1m');
      timings.push(performance.now() - q0);
      if (rows.length !== dayMinutes) throw new Error(`expected ${dayMinutes} rows, got ${rows.length}`);
    }
    return {
      ingestSamplesPerSecond: Math.round(written / (ingestMs / 1000)),
      ingestedSamples: written,
      query24hP95Ms: percentile(timings, 95),
      query24hMedianMs: percentile(timings, 50),
      historyRows: seriesCount * minutes,
    };
  } finally {
    cache.close();
    t.remove();
  }
}
