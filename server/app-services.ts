import type { EventEmitter } from 'node:events';
import type { LiveTick, SessionInfo, SourceStatus } from '../shared/console-api.js';
import type { ControlsService, Operator } from './services/controls-service.js';
import type { KpiService } from './services/kpi-service.js';
import type { OverviewService } from './services/overview-service.js';
import type { SeriesService } from './services/series-service.js';
import type { SloService } from './services/slo-service.js';

/** What the tRPC routers may use: domain services only, never SQL or HTTP clients directly. */
export interface AppServices {
  session: Omit<SessionInfo, 'operator' | 'role' | 'regions' | 'canEditProfile'>;
  overview: OverviewService;
  slos: SloService;
  series: SeriesService;
  kpis: KpiService;
  controls: ControlsService;
  sources: () => SourceStatus[];
  /** Emits 'tick' with a LiveTick whenever cached data changed. */
  live: EventEmitter<{ tick: [LiveTick] }>;
  now: () => number;
}

export interface RequestContext {
  app: AppServices;
  operator: Operator;
}
