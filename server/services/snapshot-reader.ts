import type { z } from 'zod';
import type { Observed } from '../../shared/console-api.js';
import { CanaryList, HealthSnapshot, RegionControls, TrafficSplit } from '../../shared/platform-api/index.js';
import type { SnapshotStore } from '../store/snapshot-store.js';

/**
 * Typed access to the last cached payload of each source. Payloads were validated before they were
 * stored; they are parsed again on the way out because the cache file may come from another version.
 */
export class SnapshotReader {
  private readonly memo = new Map<string, { observedAt: number; value: unknown }>();

  constructor(private readonly store: SnapshotStore) {}

  private read<S extends z.ZodType>(sourceId: string, schema: S): Observed<z.infer<S>> | null {
    const row = this.store.load(sourceId);
    if (!row) return null;
    const memo = this.memo.get(sourceId);
    if (memo && memo.observedAt === row.observedAt) return { value: memo.value as z.infer<S>, observedAt: row.observedAt, sourceId };
    const parsed = schema.safeParse(row.payload);
    if (!parsed.success) return null;
    this.memo.set(sourceId, { observedAt: row.observedAt, value: parsed.data });
    return { value: parsed.data, observedAt: row.observedAt, sourceId };
  }

  health = (region: string) => this.read(`${region}/health`, HealthSnapshot);
  controls = (region: string) => this.read(`${region}/controls`, RegionControls);
  canaries = (region: string) => this.read(`${region}/canary`, CanaryList);
  traffic = () => this.read('global/traffic', TrafficSplit);
}
