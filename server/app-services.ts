import type { EventEmitter } from 'node:events';
import type { LiveTick, SessionInfo, SourceStatus } from '../shared/console-api.js';
import type { OperatorProfile } from '../shared/controls-api.js';
import type { AuditService } from './services/audit-service.js';
import type { ControlsService } from './services/controls-service.js';
import type { TrafficControls } from './services/controls-traffic.js';
import type { DegradationEffectService } from './services/degradation-effect-service.js';
import type { FlagdService } from './services/flagd-service.js';
import type { KpiService } from './services/kpi-service.js';
import type { OverviewService } from './services/overview-service.js';
import type { ProfileService } from './services/profile-service.js';
import type { SeriesService } from './services/series-service.js';
import type { SloService } from './services/slo-service.js';

/** Who is acting: name, role and, for a regional manager, its regions (null = every region). */
export type Operator = OperatorProfile;

/** What the tRPC routers may use: domain services only, never SQL or HTTP clients directly. */
export interface AppServices {
  session: Omit<SessionInfo, 'operator' | 'role' | 'regions' | 'canEditProfile'>;
  overview: OverviewService;
  slos: SloService;
  series: SeriesService;
  kpis: KpiService;
  controls: ControlsService;
  traffic: TrafficControls;
  flagd: FlagdService;
  degradationEffect: DegradationEffectService;
  audit: AuditService;
  /** The desktop / launch-secret operator's profile, editable in Settings. */
  profile: ProfileService;
  sources: () => SourceStatus[];
  /** Emits 'tick' with a LiveTick whenever cached data changed. */
  live: EventEmitter<{ tick: [LiveTick] }>;
  now: () => number;
}

export interface RequestContext {
  app: AppServices;
  operator: Operator;
  /** True for the desktop and launch-secret session (its profile is editable); false for a per-operator token. */
  canEditProfile: boolean;
}
