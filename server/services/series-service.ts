import type { SeriesPoint, SeriesResult } from '../../shared/console-api.js';
import { lttb } from '../../shared/domain/lttb.js';
import { HOUR_MS, MINUTE_MS } from '../../shared/topology.js';
import { RAW_RETENTION_MS } from '../store/retention.js';
import type { Resolution, SeriesStore } from '../store/series-store.js';

/** Ranges up to this long are read at raw resolution (if still retained); longer ones from minute rollups. */
const RAW_MAX_SPAN_MS = 6 * HOUR_MS;

export interface RangeQuery {
  from: number;
  to: number;
  maxPoints: number;
}

/**
 * Reads a series and downsamples it on the server, so no more than `maxPoints` cross tRPC and a chart
 * draws about one point per pixel. Raw gauges whose minutes are not rolled up yet are read raw.
 */
export class SeriesService {
  constructor(
    private readonly store: SeriesStore,
    private readonly now: () => number = Date.now,
  ) {}

  resolutionFor(q: RangeQuery, hasRaw: boolean): Resolution {
    return hasRaw && q.to - q.from <= RAW_MAX_SPAN_MS && q.from >= this.now() - RAW_RETENTION_MS ? 'raw' : '1m';
  }

  gauge(key: string, q: RangeQuery): SeriesResult {
    const resolution = this.resolutionFor(q, true);
    let points = this.store.read(key, q.from, q.to, resolution);
    if (resolution === '1m') {
      // Minutes not yet compacted are still raw: read them at raw resolution so the newest data shows.
      const lastRolled = points.at(-1)?.ts ?? q.from - MINUTE_MS;
      points = points.concat(this.store.read(key, lastRolled + MINUTE_MS, q.to, 'raw'));
    }
    return this.result(key, q, points);
  }

  minutes(key: string, q: RangeQuery): SeriesResult {
    return this.result(key, q, this.store.read(key, q.from, q.to, '1m'));
  }

  /** Ratio of two minute series per point (e.g. good/total), skipping minutes without events. */
  ratio(numeratorKey: string, denominatorKey: string, q: RangeQuery): SeriesResult {
    const denominators = new Map(this.store.read(denominatorKey, q.from, q.to, '1m').map((p) => [p.ts, p.value]));
    const points: SeriesPoint[] = [];
    for (const p of this.store.read(numeratorKey, q.from, q.to, '1m')) {
      const d = denominators.get(p.ts);
      if (d !== undefined && d > 0) points.push({ ts: p.ts, value: p.value / d });
    }
    return this.result(numeratorKey, q, points);
  }

  private result(key: string, q: RangeQuery, points: SeriesPoint[]): SeriesResult {
    return { key, from: q.from, to: q.to, points: lttb(points, q.maxPoints), newestAt: points.at(-1)?.ts ?? null };
  }
}
