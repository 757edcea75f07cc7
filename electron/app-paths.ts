// Files the main process looks for, resolved as pure functions of (packaged?, folders, env, exists) so the
// dev/packaged differences are tested without Electron.
import { join } from 'node:path';

export interface AppLocations {
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land in a packaged app. */
  resourcesPath: string;
  /** The folder holding package.json and dist/ (the repository in development, app.asar when packaged). */
  appRoot: string;
  exists: (path: string) => boolean;
}

/** Relative to the repository: where build/native/rebuild-sqlite-for-electron.ts puts the Electron-ABI build. */
export const DEV_SQLITE_BINDING = join('build', 'native', 'electron', 'better_sqlite3.node');

/**
 * The Electron-ABI better-sqlite3 binary, if one was built. node_modules holds a Node-ABI build (the tests
 * use it), which Electron refuses to load, so the backend must be told where the other one is.
 */
export function resolveSqliteNativeBinding(at: AppLocations): string | undefined {
  const candidate = at.isPackaged
    ? join(at.resourcesPath, 'native', 'better_sqlite3.node')
    : join(at.appRoot, DEV_SQLITE_BINDING);
  return at.exists(candidate) ? candidate : undefined;
}

/** MERIDIAN_PLATFORM_CONFIG wins; otherwise <userData>/platform.json if the operator created one; else demo. */
export function resolvePlatformConfigPath(
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  exists: (path: string) => boolean,
): string | undefined {
  const fromEnv = env['MERIDIAN_PLATFORM_CONFIG'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
  const inUserData = join(userDataDir, 'platform.json');
  return exists(inUserData) ? inUserData : undefined;
}

/** What Help → Documentation opens: the docs shipped as extraResources, or the repository's in development. */
export function resolveDocsPath(at: AppLocations): string | undefined {
  const base = at.isPackaged ? join(at.resourcesPath, 'docs') : at.appRoot;
  const candidates = at.isPackaged
    ? [join(base, 'README.md'), base]
    : [join(base, 'README.md'), join(base, 'docs'), join(base, 'build', 'README.md')];
  return candidates.find((candidate) => at.exists(candidate));
}
