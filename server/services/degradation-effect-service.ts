import type { DegradationEffect, EffectFigures } from '../../shared/controls-api.js';
import { effectFigures, effectWindows, type MinuteWindow } from '../../shared/domain/degradation-effect.js';
import { kpiKey } from '../feeds/sources/minute-sources.js';
import type { SeriesStore } from '../store/series-store.js';
import type { ControlsPlatform } from './controls-platform.js';
import type { SnapshotReader } from './snapshot-reader.js';

/** Before/after checkout figures around a region's current degradation mode, from cached KPI minutes. */
export class DegradationEffectService {
  constructor(
    private readonly platform: ControlsPlatform,
    private readonly snapshots: SnapshotReader,
    private readonly series: SeriesStore,
    private readonly now: () => number,
  ) {}

  private figures(region: string, w: MinuteWindow): EffectFigures {
    const sum = (metric: string) => this.series.sumMinutes(kpiKey(region, metric), w.from, w.to);
    const orders = sum('orders');
    return effectFigures({
      checkoutStarts: sum('checkoutStarts').total,
      checkoutFailures: sum('checkoutFailures').total,
      orders: orders.total,
      revenue: sum('revenue').total,
      minutes: orders.minutes,
    });
  }

  effect(region: string): DegradationEffect {
    this.platform.regionUrl(region);
    const degradation = this.snapshots.controls(region)?.value.degradation ?? null;
    const changedAt = degradation?.updatedAt ?? null;
    const windows = effectWindows(changedAt, this.now());
    return {
      region,
      mode: degradation?.mode ?? 'unknown',
      changedAt,
      before: this.figures(region, windows.before),
      after: this.figures(region, windows.after),
    };
  }
}
