// Finding the Electron executable without `require('electron')`: that module downloads the binary on first
// use with inherited output and throws a stack trace when offline. This mirrors its lookup (path.txt →
// dist/<path>, ELECTRON_OVERRIDE_DIST_PATH) and runs the download as a quiet, time-limited child instead.
// Dev tooling for build/start.ts and the e2e smoke test; excluded from the app build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export type DownloadResult = { ok: true } | { ok: false; reason: string };

/** A download that has not finished in a minute is not going to on this network. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;

export function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

export function findElectronBinary(packageDir: string, env: Readonly<Record<string, string | undefined>> = process.env): ElectronBinary {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override !== undefined && override !== '') {
    const candidate = join(override, relative ?? 'electron');
    return existsSync(candidate)
      ? { found: true, path: candidate }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable at ${candidate}` };
  }
  if (relative === undefined || relative === '') {
    return { found: false, reason: "Electron's binary has not been downloaded on this machine" };
  }
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate)
    ? { found: true, path: candidate }
    : { found: false, reason: `Electron's binary is missing from ${candidate}` };
}

/** Runs electron's own install.js (it fetches the zip and writes path.txt), silently, with a deadline. */
export function downloadElectronBinary(packageDir: string, timeoutMs: number = DOWNLOAD_TIMEOUT_MS): Promise<DownloadResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      cwd: packageDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: `the download did not finish within ${String(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // install.js prints a stack; its first line ("TypeError: fetch failed") is the useful part.
      const firstLine = stderr.split('\n').find((line) => line.trim() !== '')?.trim() ?? `exit code ${String(code)}`;
      resolve(code === 0 ? { ok: true } : { ok: false, reason: firstLine });
    });
  });
}

/** Finds the binary, downloading it once if it is missing. */
export async function resolveElectronBinary(
  packageDir: string,
  options: { timeoutMs?: number; env?: Readonly<Record<string, string | undefined>> } = {},
): Promise<ElectronBinary> {
  const env = options.env ?? process.env;
  const first = findElectronBinary(packageDir, env);
  if (first.found || env['ELECTRON_OVERRIDE_DIST_PATH']) return first;
  const download = await downloadElectronBinary(packageDir, options.timeoutMs);
  if (!download.ok) return { found: false, reason: `Electron's binary could not be downloaded on this machine (${download.reason})` };
  return findElectronBinary(packageDir, env);
}
