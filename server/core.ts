import { EventEmitter } from 'node:events';
import type { FeedKind, LiveTick } from '../shared/console-api.js';
import { DEMO_REGION_TIME_ZONES } from '../shared/topology.js';
import type { AppServices } from './app-services.js';
import type { PlatformConfig } from './config/platform-config.js';
import type { FeedSource } from './feeds/feed-source.js';
import { Poller } from './feeds/poller.js';
import { regionMinuteSources } from './feeds/sources/minute-sources.js';
import { regionSnapshotSources, trafficSource } from './feeds/sources/snapshot-sources.js';
import { ControlsService } from './services/controls-service.js';
import { KpiService } from './services/kpi-service.js';
import { OverviewService } from './services/overview-service.js';
import { SeriesService } from './services/series-service.js';
import { builtInSlos } from './services/slo-catalog.js';
import { SloService } from './services/slo-service.js';
import { SnapshotReader } from './services/snapshot-reader.js';
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
  const slos = new SloService(cache.series, builtInSlos(regionIds));
  slos.evaluate(now());
  const live = new EventEmitter<{ tick: [LiveTick] }>();
  live.setMaxListeners(100);

  const app: AppServices = {
    session: options.session,
    overview: new OverviewService(regions, new SnapshotReader(cache.snapshots), slos, () => poller.statuses(), now),
    slos,
    series: new SeriesService(cache.series, now),
    kpis: new KpiService(cache.series, regionIds),
    controls: new ControlsService({
      regionUrls: new Map(config.regions.map((r) => [r.id, r.baseUrl])),
      trafficManagerUrl: config.trafficManagerUrl,
      token: config.token,
      timeoutMs: config.timeoutMs,
      refresh: (id) => poller.refresh(id),
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
