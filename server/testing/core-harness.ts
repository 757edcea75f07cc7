import type { Role } from '../../shared/console-api.js';
import type { OperatorProfile } from '../../shared/controls-api.js';
import type { TrafficSafetyConfig } from '../../shared/domain/traffic-safety-rules.js';
import type { Scenario } from '../../shared/scenarios.js';
import { parsePlatformConfig } from '../config/platform-config.js';
import { createCore, type Core } from '../core.js';
import { demoPlatformConfig, startDemoPlatform, type DemoPlatform } from '../demo-platform/index.js';
import { createCache, type Cache } from '../store/cache.js';
import { appRouter } from '../trpc/app-router.js';
import { tempDir } from './temp-dir.js';

export type Caller = ReturnType<typeof appRouter.createCaller>;

export interface Harness {
  demo: DemoPlatform;
  cache: Cache;
  core: Core;
  dataDir: string;
  /** A session acting as this operator, with an editable profile (as the desktop's launch session has). */
  caller(role?: Role, name?: string, regions?: string[] | null): Caller;
  /** A session whose identity comes from a per-operator token: its profile cannot be changed. */
  tokenCaller(operator: OperatorProfile): Caller;
  /** The launch session, acting as the saved profile at the time of the call. */
  profileCaller(): Caller;
  /** A second backend on the same cache file, as after a restart. */
  restartCore(): Core;
  close(): Promise<void>;
}

/**
 * The real backend core over real HTTP against a real demo platform, minus the HTTP server in front:
 * routers are called through createCaller, exactly as the tRPC handler would.
 */
export async function startHarness(
  options: { scenario?: Scenario; historyDays?: number; timeoutMs?: number; trafficSafety?: TrafficSafetyConfig } = {},
): Promise<Harness> {
  const t = tempDir();
  const demo = await startDemoPlatform({ scenario: options.scenario ?? 'steady' });
  const config = parsePlatformConfig({ ...demoPlatformConfig(demo), timeoutMs: options.timeoutMs ?? 1_000 }, 'test config');
  let cache = createCache(t.dir);
  const make = (c: Cache) =>
    createCore({
      cache: c,
      config,
      historyDays: options.historyDays ?? 0,
      pollIntervalMs: 60_000,
      quiet: true,
      trafficSafety: options.trafficSafety,
      session: { mode: 'server', platform: 'demo', scenario: options.scenario ?? 'steady', dataDir: t.dir },
    });
  let core = make(cache);
  const harness: Harness = {
    demo,
    get cache() {
      return cache;
    },
    get core() {
      return core;
    },
    dataDir: t.dir,
    caller: (role = 'on-call', name = 'test-operator', regions = null) =>
      appRouter.createCaller({ app: core.app, operator: { name, role, regions }, canEditProfile: true }),
    tokenCaller: (operator) => appRouter.createCaller({ app: core.app, operator, canEditProfile: false }),
    profileCaller: () => appRouter.createCaller({ app: core.app, operator: core.app.profile.current(), canEditProfile: true }),
    restartCore() {
      core.stop();
      cache.close();
      cache = createCache(t.dir);
      core = make(cache);
      return core;
    },
    async close() {
      core.stop();
      await demo.close();
      cache.close();
      t.remove();
    },
  };
  return harness;
}
