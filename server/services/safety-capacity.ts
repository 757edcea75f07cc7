import type { ServiceHealth } from '../../shared/platform-api/health.js';
import { HOUR_MS, MINUTE_MS } from '../../shared/topology.js';
import { seriesKey, type SeriesStore } from '../store/series-store.js';

/**
 * A region is assumed to run fine up to 1.5 × the busiest gateway load it carried in the last 24 hours. The
 * cache is all Meridian has: right after a first start the peak is just today's load, which errs on the side
 * of showing less headroom than there is.
 */
export const CAPACITY_OVER_PEAK = 1.5;
const PEAK_WINDOW_MS = 24 * HOUR_MS;
/** Raw samples not yet rolled into minutes. */
const RAW_WINDOW_MS = 15 * MINUTE_MS;

/** The service whose requests/s stands for the region's load: the gateway, or else the busiest service. */
export function entryService(services: readonly ServiceHealth[]): ServiceHealth | null {
  const gateway = services.find((s) => s.service === 'gateway');
  if (gateway) return gateway;
  return services.reduce<ServiceHealth | null>((best, s) => (best === null || s.requestsPerSecond > best.requestsPerSecond ? s : best), null);
}

export class CapacityEstimator {
  /** Peaks change slowly: one read per region and service per minute is plenty, even with a slider moving. */
  private readonly memo = new Map<string, { minute: number; capacity: number | null }>();

  constructor(
    private readonly series: SeriesStore,
    private readonly now: () => number,
  ) {}

  capacity(region: string, service: string): number | null {
    const now = this.now();
    const minute = Math.floor(now / MINUTE_MS);
    const id = `${region}|${service}`;
    const cached = this.memo.get(id);
    if (cached && cached.minute === minute) return cached.capacity;
    const key = seriesKey(region, service, 'requestsPerSecond');
    const points = [...this.series.read(key, now - PEAK_WINDOW_MS, now + 1, '1m'), ...this.series.read(key, now - RAW_WINDOW_MS, now + 1, 'raw')];
    const peak = points.reduce((m, p) => Math.max(m, p.value), 0);
    const capacity = peak > 0 ? peak * CAPACITY_OVER_PEAK : null;
    this.memo.set(id, { minute, capacity });
    return capacity;
  }
}
