import type { Role } from '../../shared/console-api.js';
import type { Scenario } from '../../shared/scenarios.js';
import { parsePlatformConfig } from '../config/platform-config.js';
import { createCore, type Core } from '../core.js';
import { demoPlatformConfig, startDemoPlatform, type DemoPlatform } from '../demo-platform/index.js';
import { createCache, type Cache } from '../store/cache.js';
import { appRouter } from '../trpc/app-router.js';
import { tempDir } from './temp-dir.js';

export interface Harness {
  demo: DemoPlatform;
  cache: Cache;
  core: Core;
  dataDir: string;
  caller(role?: Role, name?: string): ReturnType<typeof appRouter.createCaller>;
  /** A second backend on the same cache file, as after a restart. */
  restartCore(): Core;
  close(): Promise<void>;
}

/**
 * The real backend core over real HTTP against a real demo platform, minus the HTTP server in front:
 * routers are called through createCaller, exactly as the tRPC handler would.
 */
export async function startHarness(options: { scenario?: Scenario; historyDays?: number; timeoutMs?: number } = {}): Promise<Harness> {
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
    caller: (role = 'on-call', name = 'test-operator') => appRouter.createCaller({ app: core.app, operator: { name, role } }),
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
