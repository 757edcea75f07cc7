// The shapes the backend's tRPC routers return to the renderer (view models), and the zod inputs they take.
// Routers are typed against these so the renderer and backend can be built independently.
import { z } from 'zod';
import type { Canary, Degradation, FeatureFlag, HealthStatus, ServiceHealth, TrafficSplit } from './platform-api/index.js';
import { CanaryAction, DegradationMode, Id, TrafficWeights } from './platform-api/index.js';
import { KPI_COUNTERS, WEB_VITALS } from './platform-api/kpi.js';
import type { TrafficKnownGood } from './controls-api.js';

// ---- provenance -------------------------------------------------------------------------------------
export type FeedKind = 'health' | 'sli' | 'kpi' | 'canary' | 'controls' | 'traffic';
export type SourceState = 'pending' | 'live' | 'stale' | 'offline';

export interface SourceStatus {
  /** `${region}/${feed}`, or `global/traffic`. */
  id: string;
  region: string;
  feed: FeedKind;
  url: string;
  state: SourceState;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  breaker: 'closed' | 'half-open' | 'open';
}

/** Every cached value carries when it was observed, so the UI can say how old it is. */
export interface Observed<T> {
  value: T;
  observedAt: number;
  sourceId: string;
}

// ---- overview ---------------------------------------------------------------------------------------
export interface RegionOverview {
  region: string;
  timeZone: string;
  health: Observed<ServiceHealth[]> | null;
  degradation: Observed<Degradation> | null;
  worstStatus: HealthStatus | null;
}

export interface CanaryView extends Canary {
  region: string;
  observedAt: number;
}

export interface SloStatus {
  id: string;
  region: string;
  service: string;
  /** availability | latency for built-in SLOs; an imported SLO's SLI name otherwise. */
  sli: string;
  objective: number;
  windowDays: number;
  /** SLI over the whole window, null without data. */
  attainment: number | null;
  /** Fraction of the error budget left (can be negative), null without data. */
  budgetRemaining: number | null;
  burnRate1h: number | null;
  burnRate6h: number | null;
  state: 'critical' | 'increasing' | 'recovering' | 'acceptable' | 'insufficient-data';
}

export interface Overview {
  generatedAt: number;
  regions: RegionOverview[];
  traffic: Observed<TrafficSplit> | null;
  canaries: CanaryView[];
  slosAtRisk: SloStatus[];
  sources: SourceStatus[];
}

// ---- series -----------------------------------------------------------------------------------------
export interface SeriesPoint {
  ts: number;
  value: number;
}
export interface SeriesResult {
  key: string;
  from: number;
  to: number;
  /** Downsampled on the server to at most `maxPoints`. */
  points: SeriesPoint[];
  /** Newest sample in the cache for this series, null when none. */
  newestAt: number | null;
}

export const HEALTH_METRICS = ['requestsPerSecond', 'errorRatio', 'p50', 'p95', 'p99'] as const;
export type HealthMetric = (typeof HEALTH_METRICS)[number];

export const TimeRangeInput = z
  .object({
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    maxPoints: z.number().int().min(10).max(1000).default(600),
  })
  .refine((r) => r.to > r.from, { message: 'the end of the range must be after its start', path: ['to'] });

export const HealthSeriesInput = TimeRangeInput.and(
  z.object({ region: Id, service: Id, metric: z.enum(HEALTH_METRICS) }),
);

export const KPI_METRICS = [...KPI_COUNTERS, ...WEB_VITALS] as const;
export const KpiSeriesInput = TimeRangeInput.and(z.object({ region: Id, metric: z.enum(KPI_METRICS) }));

// ---- KPIs -------------------------------------------------------------------------------------------
export interface KpiFigures {
  sessions: number;
  orders: number;
  revenue: number;
  conversionRate: number | null;
  checkoutCompletion: number | null;
  averageOrderValue: number | null;
  revenuePerSession: number | null;
  lcpP75Ms: number | null;
}
export interface KpiComparison {
  region: string;
  current: KpiFigures;
  previous: KpiFigures;
}
export const KpiSummaryInput = z.object({
  /** Length of the compared window ending now; the previous window is the same span one week earlier. */
  windowMs: z.number().int().min(60_000).max(7 * 24 * 3_600_000).default(24 * 3_600_000),
});

// ---- controls ---------------------------------------------------------------------------------------
export interface RegionControlsView {
  region: string;
  flags: Observed<FeatureFlag[]> | null;
  degradation: Observed<Degradation> | null;
}
export interface ControlsView {
  regions: RegionControlsView[];
  /** knownGood: the split before the most recent traffic change applied through Meridian, null when none. */
  traffic: (Observed<TrafficSplit> & { knownGood?: TrafficKnownGood | null }) | null;
}

const Reason = z
  .string()
  .trim()
  .min(3, 'say why in a few words (at least 3 characters)')
  .max(2000, 'keep the reason under 2000 characters');
const IdempotencyKey = z.string().min(8).max(100);

export const SetFlagInput = z.object({
  region: Id,
  key: Id,
  enabled: z.boolean(),
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
});
export const SetDegradationInput = z.object({
  region: Id,
  mode: DegradationMode,
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
});
/** @deprecated controls.setTraffic takes ApplyTrafficInput (shared/controls-api.ts), a superset of this. */
export const SetTrafficInput = z.object({
  weights: TrafficWeights,
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
});
export const CanaryActInput = z.object({
  region: Id,
  canaryId: Id,
  action: CanaryAction,
  expectedVersion: z.number().int().nonnegative(),
  reason: Reason,
  idempotencyKey: IdempotencyKey,
});

/** Sent on a version conflict (tRPC CONFLICT): who changed what, so the operator can decide again. */
export interface ConflictDetail {
  kind: 'version_conflict';
  current: unknown;
}

// ---- live -------------------------------------------------------------------------------------------
export interface LiveTick {
  at: number;
  /** Feeds whose cached data changed since the previous tick. */
  changed: FeedKind[];
}

// ---- session ----------------------------------------------------------------------------------------
export const ROLES = ['viewer', 'regional-manager', 'release-manager', 'on-call'] as const;
export type Role = (typeof ROLES)[number];
export interface SessionInfo {
  operator: string;
  role: Role;
  /** Regions a regional manager may change; null = every region. */
  regions: string[] | null;
  /** Desktop and launch-secret sessions choose their profile in Settings; per-operator tokens cannot. */
  canEditProfile: boolean;
  mode: 'desktop' | 'server';
  platform: 'demo' | 'configured';
  scenario: string | null;
  dataDir: string;
}
