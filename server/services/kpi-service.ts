import type { KpiComparison, KpiFigures } from '../../shared/console-api.js';
import { kpiFigures } from '../../shared/domain/kpi-formulas.js';
import { DAY_MS, MINUTE_MS } from '../../shared/topology.js';
import { kpiKey } from '../feeds/sources/minute-sources.js';
import type { SeriesStore } from '../store/series-store.js';

/** The regional manager's comparison: a window ending now against the same window a week earlier. */
export class KpiService {
  constructor(
    private readonly store: SeriesStore,
    private readonly regions: readonly string[],
  ) {}

  figures(region: string, from: number, to: number): KpiFigures {
    const sum = (metric: string) => this.store.sumMinutes(kpiKey(region, metric), from, to).total;
    const sessions = this.store.read(kpiKey(region, 'sessions'), from, to, '1m');
    const lcp = new Map(this.store.read(kpiKey(region, 'lcpMs'), from, to, '1m').map((p) => [p.ts, p.value]));
    let weighted = 0;
    let weight = 0;
    for (const s of sessions) {
      const v = lcp.get(s.ts);
      if (v !== undefined && s.value > 0) {
        weighted += v * s.value;
        weight += s.value;
      }
    }
    return kpiFigures({
      sessions: sum('sessions'),
      checkoutStarts: sum('checkoutStarts'),
      orders: sum('orders'),
      revenue: sum('revenue'),
      lcpP75Ms: weight > 0 ? weighted / weight : null,
    });
  }

  summary(now: number, windowMs: number): KpiComparison[] {
    const to = Math.floor(now / MINUTE_MS) * MINUTE_MS;
    const from = to - windowMs;
    return this.regions.map((region) => ({
      region,
      current: this.figures(region, from, to),
      previous: this.figures(region, from - 7 * DAY_MS, to - 7 * DAY_MS),
    }));
  }
}
