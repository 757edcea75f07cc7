import type { CanaryView, ControlsView, Overview, RegionOverview, SourceStatus } from '../../shared/console-api.js';
import type { HealthStatus } from '../../shared/platform-api/health.js';
import type { SloService } from './slo-service.js';
import type { SnapshotReader } from './snapshot-reader.js';

export interface RegionInfo {
  id: string;
  timeZone: string;
}

const WORST: HealthStatus[] = ['fail', 'warn', 'pass'];

/** Assembles what the console shows first, entirely from the cache: it works the same with the platform down. */
export class OverviewService {
  constructor(
    private readonly regions: readonly RegionInfo[],
    private readonly snapshots: SnapshotReader,
    private readonly slos: SloService,
    private readonly sources: () => SourceStatus[],
    private readonly now: () => number = Date.now,
  ) {}

  region(r: RegionInfo): RegionOverview {
    const health = this.snapshots.health(r.id);
    const controls = this.snapshots.controls(r.id);
    const statuses = health?.value.services.map((s) => s.status) ?? [];
    return {
      region: r.id,
      timeZone: r.timeZone,
      health: health && { value: health.value.services, observedAt: health.observedAt, sourceId: health.sourceId },
      degradation: controls && { value: controls.value.degradation, observedAt: controls.observedAt, sourceId: controls.sourceId },
      worstStatus: WORST.find((w) => statuses.includes(w)) ?? null,
    };
  }

  canaries(): CanaryView[] {
    return this.regions.flatMap((r) => {
      const list = this.snapshots.canaries(r.id);
      return list ? list.value.canaries.map((c) => ({ ...c, region: r.id, observedAt: list.observedAt })) : [];
    });
  }

  controls(): ControlsView {
    return {
      regions: this.regions.map((r) => {
        const c = this.snapshots.controls(r.id);
        return {
          region: r.id,
          flags: c && { value: c.value.flags, observedAt: c.observedAt, sourceId: c.sourceId },
          degradation: c && { value: c.value.degradation, observedAt: c.observedAt, sourceId: c.sourceId },
        };
      }),
      traffic: this.snapshots.traffic(),
    };
  }

  overview(): Overview {
    return {
      generatedAt: this.now(),
      regions: this.regions.map((r) => this.region(r)),
      traffic: this.snapshots.traffic(),
      canaries: this.canaries().filter((c) => c.state === 'progressing' || c.state === 'paused'),
      slosAtRisk: this.slos.atRisk(),
      sources: this.sources(),
    };
  }
}
