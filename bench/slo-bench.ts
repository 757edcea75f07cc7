// SLO evaluation at the size DESIGN.md budgets: 3 regions × 20 SLOs, each over 30 days of minute data in the
// cache. One tick is what the backend does after a poll round: a new minute lands in SQLite, the SLO service
// reads what changed and re-evaluates every SLO (7 burn windows, 4 rules, rolling and calendar budgets).
import { performance } from 'node:perf_hooks';
import { DEMO_REGIONS, DEMO_SERVICES, DAY_MS, MINUTE_MS } from '../shared/topology.js';
import { sliKey } from '../server/feeds/sources/minute-sources.js';
import { SloService } from '../server/services/slo-service.js';
import { SnapshotReader } from '../server/services/snapshot-reader.js';
import { createCache } from '../server/store/cache.js';
import { tempDir } from '../server/testing/temp-dir.js';
import { percentile } from './stats.js';

export interface SloBenchResult {
  slos: number;
  minutesPerSeries: number;
  firstLoadMs: number;
  tickMedianMs: number;
  tickP95Ms: number;
  ticks: number;
}

const SLIS = ['availability', 'latency'] as const;

/** The 12 SLOs per region beyond the built-in 8: every other demo service, as a Sloth import on /metrics names. */
function extraSloth(): string {
  const builtIn = new Set(['gateway', 'checkout', 'payments', 'search']);
  const slos = DEMO_SERVICES.filter((s) => !builtIn.has(s)).flatMap((service) => [
    `  - name: "${service}-availability"\n    objective: 99.5\n    sli:\n      events:\n        error_query: sum(rate(meridian_demo_requests_total{service="${service}",code="500"}[{{.window}}]))\n        total_query: sum(rate(meridian_demo_requests_total{service="${service}"}[{{.window}}]))`,
    `  - name: "${service}-latency"\n    objective: 99\n    sli:\n      events:\n        error_query: sum(rate(meridian_demo_requests_total{service="${service}"}[{{.window}}])) - sum(rate(meridian_demo_latency_good_total{service="${service}"}[{{.window}}]))\n        total_query: sum(rate(meridian_demo_requests_total{service="${service}"}[{{.window}}]))`,
  ]);
  return `version: "prometheus/v1"\nservice: "demo"\nslos:\n${slos.join('\n')}\n`;
}

export function sloBench(ticks = 60): SloBenchResult {
  const t = tempDir('meridian-slobench-');
  const cache = createCache(t.dir);
  try {
    const minutes = 30 * 24 * 60;
    const end = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
    const start = end - minutes * MINUTE_MS;
    const day = 24 * 60;
    const total = Array.from({ length: day }, (_, i) => 1000 + (i % 97));
    const good = total.map((v, i) => v - (i % 13 === 0 ? 4 : 0));
    for (let d = 0; d < 30; d++) {
      cache.series.transaction(() => {
        for (const region of DEMO_REGIONS) {
          for (const service of DEMO_SERVICES) {
            for (const sli of SLIS) {
              cache.series.writeMinutes(sliKey(region, service, sli, 'good'), 'counter', start + d * DAY_MS, good);
              cache.series.writeMinutes(sliKey(region, service, sli, 'total'), 'counter', start + d * DAY_MS, total);
            }
          }
        }
      });
    }
    let now = end + 30_000;
    const slos = new SloService({ db: cache.db, snapshots: new SnapshotReader(cache.snapshots), regions: DEMO_REGIONS, now: () => now });
    for (const region of DEMO_REGIONS) {
      const r = slos.import({ format: 'sloth', content: extraSloth(), region, dryRun: false });
      if (!r.applied) throw new Error(`bench import failed: ${JSON.stringify(r.problems)}`);
    }
    // The import evaluated once already (and loaded the rings); measure a cold load on a fresh service.
    const cold = new SloService({ db: cache.db, snapshots: new SnapshotReader(cache.snapshots), regions: DEMO_REGIONS, now: () => now });
    const l0 = performance.now();
    const first = cold.evaluate(now);
    const firstLoadMs = performance.now() - l0;
    if (first.length !== 60) throw new Error(`expected 60 SLOs, got ${first.length}`);

    const timings: number[] = [];
    for (let i = 0; i < ticks; i++) {
      const minute = end + i * MINUTE_MS;
      cache.series.transaction(() => {
        for (const region of DEMO_REGIONS) {
          for (const service of DEMO_SERVICES) {
            for (const sli of SLIS) {
              cache.series.writeMinutes(sliKey(region, service, sli, 'good'), 'counter', minute, [1000]);
              cache.series.writeMinutes(sliKey(region, service, sli, 'total'), 'counter', minute, [1001]);
            }
          }
        }
      });
      now = minute + MINUTE_MS + 30_000;
      const q0 = performance.now();
      cold.evaluate(now);
      timings.push(performance.now() - q0);
    }
    return { slos: first.length, minutesPerSeries: minutes, firstLoadMs, tickMedianMs: percentile(timings, 50), tickP95Ms: percentile(timings, 95), ticks };
  } finally {
    cache.close();
    t.remove();
  }
}
