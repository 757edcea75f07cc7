import { z } from 'zod';
import { ChangeStamp, EpochMs, Id, WriteEnvelope } from './common.js';

export const FlagKind = z.enum(['release', 'experiment', 'operational', 'kill-switch']);
export type FlagKind = z.infer<typeof FlagKind>;

export const FeatureFlag = ChangeStamp.extend({
  key: Id,
  description: z.string().max(500),
  owner: z.string().max(100),
  kind: FlagKind,
  enabled: z.boolean(),
});
export type FeatureFlag = z.infer<typeof FeatureFlag>;

export const DegradationMode = z.enum(['normal', 'degraded', 'essential']);
export type DegradationMode = z.infer<typeof DegradationMode>;

export const Degradation = ChangeStamp.extend({ mode: DegradationMode });
export type Degradation = z.infer<typeof Degradation>;

/** GET {region}/v1/controls */
export const RegionControls = z.object({
  region: Id,
  flags: z.array(FeatureFlag),
  degradation: Degradation,
});
export type RegionControls = z.infer<typeof RegionControls>;

/** PUT {region}/v1/flags/{key} */
export const FlagWrite = WriteEnvelope.extend({ enabled: z.boolean() });
/** PUT {region}/v1/degradation */
export const DegradationWrite = WriteEnvelope.extend({ mode: DegradationMode });

/** Integer percentage of global traffic per region id. */
export const TrafficWeights = z.record(Id, z.number().int().min(0).max(100));
export type TrafficWeights = z.infer<typeof TrafficWeights>;

/** GET {trafficManager}/v1/traffic */
export const TrafficSplit = ChangeStamp.extend({
  weights: TrafficWeights,
  /** A temporary shift reverts to `revertTo` at this time; null for a permanent split. */
  expiresAt: EpochMs.nullable(),
  revertTo: TrafficWeights.nullable(),
});
export type TrafficSplit = z.infer<typeof TrafficSplit>;

/** PUT {trafficManager}/v1/traffic */
export const TrafficWrite = WriteEnvelope.extend({
  weights: TrafficWeights,
  expiresAt: EpochMs.nullable().optional(),
});
