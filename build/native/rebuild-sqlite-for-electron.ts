// Builds better-sqlite3 against Electron's ABI into build/native/electron/better_sqlite3.node.
// Why a separate build: node_modules keeps the Node 20 build the tests use, and electron-builder's own
// rebuild silently compiles against Node's headers, so the builder runs with `npmRebuild: false` and ships
// this file as an extra resource, loaded through better-sqlite3's `nativeBinding` option.
// Needs Electron's headers from electronjs.org once (cached in ~/.electron-gyp) and a C++ toolchain.
// Usage: npx tsx build/native/rebuild-sqlite-for-electron.ts
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const require = createRequire(import.meta.url);

export const ELECTRON_SQLITE_DIR = join(repoRoot, 'build', 'native', 'electron');
export const ELECTRON_SQLITE_BINARY = join(ELECTRON_SQLITE_DIR, 'better_sqlite3.node');
const BUILD_INFO = join(ELECTRON_SQLITE_DIR, 'build-info.json');
const HEADERS_URL = 'https://electronjs.org/headers';
// Electron's own docs use this folder, so headers fetched once are shared with other Electron projects.
const DEFAULT_DEVDIR = join(homedir(), '.electron-gyp');

interface BuildInfo {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

function packageVersion(name: string): string {
  const manifest: unknown = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>)['version'] : undefined;
  if (typeof version !== 'string') throw new Error(`${name}/package.json has no version`);
  return version;
}

export function wantedBuild(): BuildInfo {
  return { electron: packageVersion('electron'), betterSqlite3: packageVersion('better-sqlite3'), platform: process.platform, arch: process.arch };
}

/** True when the binary exists and was built for the installed Electron and better-sqlite3. */
export function isElectronSqliteBuildCurrent(): boolean {
  if (!existsSync(ELECTRON_SQLITE_BINARY) || !existsSync(BUILD_INFO)) return false;
  try {
    const built = JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as Partial<BuildInfo>;
    const wanted = wantedBuild();
    return (Object.keys(wanted) as Array<keyof BuildInfo>).every((key) => built[key] === wanted[key]);
  } catch {
    return false;
  }
}

const NETWORK_FAILURE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|socket hang up/i;

function offlineSentence(electron: string, cause: string): string {
  return (
    `Building SQLite for Electron ${electron} needs Electron's headers from electronjs.org, which cannot be ` +
    `reached from this machine (${cause}); run this again where there is network, or copy a better_sqlite3.node ` +
    `built for Electron ${electron} to ${relative(repoRoot, ELECTRON_SQLITE_BINARY)}.`
  );
}

export interface RebuildOptions {
  /** Defaults to the installed electron package's version. */
  electronVersion?: string;
  /** node-gyp's header cache; headers already here mean no network is needed. */
  devdir?: string;
  /** Replaces the network check (tests). */
  probeHeaders?: (url: string) => Promise<void>;
  log?: (line: string) => void;
}

async function probeHeaders(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
}

function runNodeGyp(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  // node_modules/.bin/node-gyp is a link to this script; running it with our own node avoids .cmd shims.
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [nodeGyp, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolveRun({ code: null, output: `${output}\n${error.message}` }));
    child.on('exit', (code) => resolveRun({ code, output }));
  });
}

/** Builds in a temporary copy of better-sqlite3 so node_modules' Node build is never touched. */
export async function rebuildSqliteForElectron(options: RebuildOptions = {}): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line));
  const wanted = { ...wantedBuild(), ...(options.electronVersion === undefined ? {} : { electron: options.electronVersion }) };
  const devdir = options.devdir ?? DEFAULT_DEVDIR;
  const headersCached = existsSync(join(devdir, wanted.electron, 'installVersion'));
  if (!headersCached) {
    try {
      await (options.probeHeaders ?? probeHeaders)(`${HEADERS_URL}/v${wanted.electron}/node-v${wanted.electron}-headers.tar.gz`);
    } catch (error) {
      throw new Error(offlineSentence(wanted.electron, error instanceof Error ? error.message : String(error)));
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'meridian-sqlite-electron-'));
  try {
    const source = resolve(require.resolve('better-sqlite3/package.json'), '..');
    // Leave out the Node build (build/): node-gyp must start clean, and it is large.
    const isNodeBuild = (path: string): boolean => {
      const inside = relative(source, path);
      return inside === 'build' || inside.startsWith(`build${sep}`);
    };
    cpSync(source, work, { recursive: true, filter: (path) => !isNodeBuild(path) });
    log(`Compiling better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}); this takes a minute…`);
    const result = await runNodeGyp(
      ['rebuild', '--release', '--jobs=max', `--target=${wanted.electron}`, `--arch=${wanted.arch}`, `--dist-url=${HEADERS_URL}`, `--devdir=${devdir}`],
      work,
    );
    if (result.code !== 0) {
      if (NETWORK_FAILURE.test(result.output)) throw new Error(offlineSentence(wanted.electron, 'the download failed'));
      const tail = result.output.trim().split('\n').slice(-25).join('\n');
      throw new Error(`${tail}\n\nnode-gyp could not compile better-sqlite3 for Electron ${wanted.electron} (output above); it needs Python 3, make and a C++20 compiler.`);
    }
    mkdirSync(ELECTRON_SQLITE_DIR, { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), ELECTRON_SQLITE_BINARY);
    writeFileSync(BUILD_INFO, `${JSON.stringify(wanted, null, 2)}\n`);
    log(`Built ${relative(repoRoot, ELECTRON_SQLITE_BINARY)} for Electron ${wanted.electron}.`);
    return ELECTRON_SQLITE_BINARY;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  rebuildSqliteForElectron().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
