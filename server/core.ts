import { EventEmitter } from 'node:events';
import type { FeedKind, LiveTick } from '../shared/console-api.js';
import type { OperatorProfile } from '../shared/controls-api.js';
import { DEFAULT_TRAFFIC_SAFETY, type TrafficSafetyConfig } from '../shared/domain/traffic-safety-rules.js';
import { DEMO_REGION_TIME_ZONES } from '../shared/topology.js';
import type { AppServices } from './app-services.js';
import type { PlatformConfig } from './config/platform-config.js';
import type { FeedSource } from './feeds/feed-source.js';
import { Poller } from './feeds/poller.js';
import { regionMinuteSources } from './feeds/sources/minute-sources.js';
import { prometheusSources } from './feeds/prometheus/prometheus-sources.js';
import { regionSnapshotSources, trafficSource } from './feeds/sources/snapshot-sources.js';
import { AuditService } from './services/audit-service.js';
import { AuditTrail } from './services/audit-trail.js';
import { ControlsPlatform } from './services/controls-platform.js';
import { ControlsService } from './services/controls-service.js';
import { TrafficControls } from './services/controls-traffic.js';
import { DegradationEffectService } from './services/degradation-effect-service.js';
import { FlagdService } from './services/flagd-service.js';
import { KpiService } from './services/kpi-service.js';
import { OverviewService } from './services/overview-service.js';
import { ProfileService } from './services/profile-service.js';
import { CapacityEstimator } from './services/safety-capacity.js';
import { SeriesService } from './services/series-service.js';
import { SloService } from './services/slo-service.js';
import { SnapshotReader } from './services/snapshot-reader.js';
import { AuditStore } from './store/audit-store.js';
import type { Cache } from './store/cache.js';
import { compact } from './store/retention.js';

export interface CoreOptions {
  cache: Cache;
  config: PlatformConfig;
  session: AppServices['session'];
  pollIntervalMs?: number;
  historyDays?: number;
  /** Silence per-failure logging (tests provoke failures on purpose). */
  quiet?: boolean;
  now?: () => number;
  /** The desktop operator's profile until one is saved in Settings (default: "operator", on-call). */
  defaultOperator?: OperatorProfile;
  /** Traffic safety rule limits (default: 2 regions with traffic, 25 points per change). */
  trafficSafety?: TrafficSafetyConfig;
}

export interface Core {
  app: AppServices;
  poller: Poller;
  /** Starts polling and housekeeping. */
  start(): void;
  stop(): void;
}

/** Coalesces bursts of feed changes into one live tick, so a poll round is one renderer refresh. */
const TICK_COALESCE_MS = 200;
const COMPACT_EVERY_MS = 60_000;

/** Wires feeds, cache and domain services together; no HTTP here, so tests drive it through createCaller. */
export function createCore(options: CoreOptions): Core {
  const { cache, config } = options;
  const now = options.now ?? Date.now;
  const intervalMs = options.pollIntervalMs ?? 5_000;
  const ctx = { cache, timeoutMs: config.timeoutMs, token: config.token, intervalMs };

  const sources: FeedSource[] = [
    ...config.regions.flatMap((r) => [
      ...regionSnapshotSources(ctx, r.id, r.baseUrl),
      ...regionMinuteSources(ctx, r.id, r.baseUrl, options.historyDays ?? 30),
    ]),
    trafficSource(ctx, config.trafficManagerUrl),
    // Targets are asked per poll (slos is created below; imports bind new SLOs to a source while it runs).
    ...prometheusSources({ cache, intervalMs, timeoutMs: config.timeoutMs, historyDays: options.historyDays ?? 30 }, config.prometheus ?? [], (id) => slos.prometheusTargets(id).targets),
  ];
  const poller = new Poller(sources, cache.statuses, {
    breaker: { failureThreshold: 3, cooldownMs: Math.max(2 * intervalMs, 3_000) },
    retry: { attempts: 2, baseDelayMs: 250 },
    now,
    onError: options.quiet ? undefined : (id, message) => console.warn(`[meridian] ${id}: ${message}`),
  });

  const regionIds = config.regions.map((r) => r.id);
  // A config without a zone for a demo region still shows the demo's local time.
  const regions = config.regions.map((r) => ({
    id: r.id,
    timeZone: r.timeZone !== 'UTC' ? r.timeZone : (DEMO_REGION_TIME_ZONES[r.id as keyof typeof DEMO_REGION_TIME_ZONES] ?? 'UTC'),
  }));
  const slos = new SloService({
    db: cache.db,
    snapshots: new SnapshotReader(cache.snapshots),
    regions: regionIds,
    prometheus: config.prometheus,
    now,
    warn: options.quiet ? undefined : (message) => console.warn(`[meridian] ${message}`),
  });
  slos.evaluate(now());
  const live = new EventEmitter<{ tick: [LiveTick] }>();
  live.setMaxListeners(100);

  const snapshots = new SnapshotReader(cache.snapshots);
  const platform = new ControlsPlatform({
    regionUrls: new Map(config.regions.map((r) => [r.id, r.baseUrl])),
    trafficManagerUrl: config.trafficManagerUrl,
    token: config.token,
    timeoutMs: config.timeoutMs,
    refresh: (id) => poller.refresh(id),
  });
  const auditStore = new AuditStore(cache.db);
  const trail = new AuditTrail(auditStore, now);

  const app: AppServices = {
    session: options.session,
    overview: new OverviewService(regions, snapshots, slos, () => poller.statuses(), now),
    slos,
    series: new SeriesService(cache.series, now),
    kpis: new KpiService(cache.series, regionIds),
    controls: new ControlsService({ platform, snapshots, trail }),
    traffic: new TrafficControls({
      platform,
      snapshots,
      trail,
      audit: auditStore,
      capacity: new CapacityEstimator(cache.series, now),
      config: options.trafficSafety ?? DEFAULT_TRAFFIC_SAFETY,
      now,
    }),
    flagd: new FlagdService({ platform, snapshots, trail, now }),
    degradationEffect: new DegradationEffectService(platform, snapshots, cache.series, now),
    audit: new AuditService(auditStore, cache.db, now),
    profile: new ProfileService({
      dataDir: options.session.dataDir,
      defaults: options.defaultOperator ?? { name: 'operator', role: 'on-call', regions: null },
      regions: regionIds,
      trail,
      warn: options.quiet ? () => undefined : undefined,
    }),
    sources: () => poller.statuses(),
    live,
    now,
  };

  // SLOs are re-evaluated once per burst of SLI data, never per request.
  let pending = new Set<FeedKind>();
  let flush: NodeJS.Timeout | null = null;
  const queue = (feed: FeedKind) => {
    pending.add(feed);
    flush ??= setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      flush = null;
      if (changed.includes('sli')) slos.evaluate(now());
      live.emit('tick', { at: now(), changed });
    }, TICK_COALESCE_MS);
  };
  poller.on('changed', queue);
  // A source going stale or offline changes what the banner says, even though no data changed.
  poller.on('status', (s) => queue(s.feed));

  let compactTimer: NodeJS.Timeout | null = null;
  return {
    app,
    poller,
    start() {
      poller.start();
      let compactedUntil = now() - 2 * COMPACT_EVERY_MS;
      compactTimer = setInterval(() => {
        const t = now();
        compact(cache.db, t, compactedUntil - COMPACT_EVERY_MS);
        compactedUntil = t;
      }, COMPACT_EVERY_MS);
      compactTimer.unref();
    },
    stop() {
      poller.stop();
      if (compactTimer) clearInterval(compactTimer);
      if (flush) clearTimeout(flush);
    },
  };
}
