import { z } from 'zod';
import { EpochMs, Id, NonNegative, Ratio } from './common.js';

export const HealthStatus = z.enum(['pass', 'warn', 'fail']);
export type HealthStatus = z.infer<typeof HealthStatus>;

export const BreakerState = z.enum(['closed', 'half-open', 'open']);

export const ServiceHealth = z.object({
  service: Id,
  status: HealthStatus,
  requestsPerSecond: NonNegative,
  errorRatio: Ratio,
  latencyMs: z.object({ p50: NonNegative, p95: NonNegative, p99: NonNegative }),
  /** Circuit breakers this service holds towards the services it calls. */
  breakers: z.array(z.object({ dependency: Id, state: BreakerState })),
});
export type ServiceHealth = z.infer<typeof ServiceHealth>;

/** GET {region}/v1/health */
export const HealthSnapshot = z.object({
  region: Id,
  observedAt: EpochMs,
  services: z.array(ServiceHealth).min(1),
});
export type HealthSnapshot = z.infer<typeof HealthSnapshot>;
