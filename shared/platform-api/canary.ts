import { z } from 'zod';
import { ChangeStamp, Id, NonNegative, Ratio, WriteEnvelope } from './common.js';

export const CanaryState = z.enum(['progressing', 'paused', 'promoted', 'aborted']);
export type CanaryState = z.infer<typeof CanaryState>;

export const VariantMetrics = z.object({
  requestsPerSecond: NonNegative,
  errorRatio: Ratio,
  latencyP99Ms: NonNegative,
});

export const Canary = ChangeStamp.extend({
  id: Id,
  service: Id,
  baselineVersion: z.string().min(1).max(64),
  canaryVersion: z.string().min(1).max(64),
  /** Traffic percentages of the ramp, ascending, ending at 100. */
  steps: z.array(z.number().int().min(1).max(100)).min(1),
  /** Percentage of the service's traffic the canary receives now. */
  weight: z.number().int().min(0).max(100),
  state: CanaryState,
  canary: VariantMetrics,
  baseline: VariantMetrics,
});
export type Canary = z.infer<typeof Canary>;

/** GET {region}/v1/canaries */
export const CanaryList = z.object({ region: Id, canaries: z.array(Canary) });
export type CanaryList = z.infer<typeof CanaryList>;

export const CanaryAction = z.enum(['promote', 'pause', 'resume', 'abort']);
export type CanaryAction = z.infer<typeof CanaryAction>;

/** POST {region}/v1/canaries/{id}/actions — promote moves to the next step. */
export const CanaryActionRequest = WriteEnvelope.extend({ action: CanaryAction });
