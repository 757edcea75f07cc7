import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackendOptions, RunningBackend } from './backend-options.js';
import { loadPlatformConfig, type PlatformConfig } from './config/platform-config.js';
import { createCore } from './core.js';
import { demoPlatformConfig, startDemoPlatform } from './demo-platform/index.js';
import { startAppServer } from './http/app-server.js';
import { Credentials } from './http/credentials.js';
import { loadOperatorsFile } from './http/operator-tokens.js';
import { newSecret } from './http/security.js';
import { createCache } from './store/cache.js';
import { appRouter } from './trpc/app-router.js';

// Source runs from server/, the compiled app from dist/server/: both find dist/renderer from the repo root.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', ...(here.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []));
export const DEFAULT_RENDERER_DIR = path.join(repoRoot, 'dist', 'renderer');

async function resolvePlatform(options: BackendOptions): Promise<{ config: PlatformConfig; close: () => Promise<void>; demo: boolean }> {
  if (options.platformConfigPath) return { config: loadPlatformConfig(options.platformConfigPath), close: async () => {}, demo: false };
  const demo = await startDemoPlatform({ scenario: options.scenario ?? 'steady' });
  return { config: { ...demoPlatformConfig(demo), timeoutMs: 4_000 }, close: () => demo.close(), demo: true };
}

/** Starts everything behind the console: the platform feeds, the cache, domain services and the HTTP/tRPC server. */
export async function startBackend(options: BackendOptions): Promise<RunningBackend> {
  const cache = createCache(options.dataDir, options.sqliteNativeBinding ? { nativeBinding: options.sqliteNativeBinding } : {});
  let platform;
  try {
    platform = await resolvePlatform(options);
  } catch (error) {
    cache.close();
    throw error;
  }
  const regionIds = platform.config.regions.map((r) => r.id);
  let operators;
  try {
    operators = options.operatorsFile ? loadOperatorsFile(options.operatorsFile, regionIds) : [];
  } catch (error) {
    await platform.close();
    cache.close();
    throw error;
  }
  const core = createCore({
    cache,
    config: platform.config,
    pollIntervalMs: options.pollIntervalMs,
    historyDays: options.historyDays,
    defaultOperator: { name: os.userInfo().username || 'operator', role: 'on-call', regions: null },
    session: {
      mode: options.mode,
      platform: platform.demo ? 'demo' : 'configured',
      scenario: platform.demo ? (options.scenario ?? 'steady') : null,
      dataDir: options.dataDir,
    },
  });
  const secret = newSecret();
  const app = core.app;
  let server;
  try {
    if (options.operator) await app.profile.seed({ ...options.operator, regions: options.operator.regions ?? null });
    server = await startAppServer({
      router: appRouter,
      // The launch session acts as the saved profile, read per request so a change in Settings applies at once.
      createContext: (principal) =>
        principal.kind === 'launch'
          ? { app, operator: app.profile.current(), canEditProfile: true }
          : { app, operator: principal.operator, canEditProfile: false },
      credentials: new Credentials(secret, operators),
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      allowedHosts: options.allowedHosts ?? [],
    });
  } catch (error) {
    core.stop();
    await platform.close();
    cache.close();
    throw error;
  }
  core.start();

  return {
    origin: server.origin,
    secret,
    launchUrl: `${server.origin}/?token=${secret}`,
    async close() {
      core.stop();
      await server.close();
      await platform.close();
      cache.close();
    },
  };
}
