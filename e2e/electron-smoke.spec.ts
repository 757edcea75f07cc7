// Smoke test of the real desktop app through Playwright's Electron driver. It needs the Electron binary,
// which cannot be downloaded on the build machines, so there it is skipped, saying why; wherever
// `npx electron --version` works (and `npm run build` has run) it launches the app for real.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronPackageDir, findElectronBinary } from '../electron/electron-binary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = findElectronBinary(electronPackageDir());
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);

function whySkipped(): string | undefined {
  if (!binary.found) return `${binary.reason}, so the Electron smoke test cannot run here (it needs the real binary)`;
  if (!existsSync(join(root, 'dist', 'electron', 'main.js'))) return 'dist/electron/main.js is missing: run `npm run build` first';
  if (!existsSync(join(root, 'build', 'native', 'electron', 'better_sqlite3.node'))) {
    return 'SQLite has no Electron build: run `npx tsx build/native/rebuild-sqlite-for-electron.ts` first';
  }
  if (!hasDisplay) return 'there is no display (DISPLAY/WAYLAND_DISPLAY) for an Electron window; try xvfb-run';
  return undefined;
}

const skipReason = whySkipped();
if (skipReason !== undefined) console.log(`electron-smoke skipped: ${skipReason}`);

test.describe('desktop app', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test('opens the console in one sandboxed window with only the tiny bridge', async () => {
    if (!binary.found) throw new Error(binary.reason);
    const userData = mkdtempSync(join(tmpdir(), 'meridian-electron-smoke-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [root],
      env: { ...process.env, MERIDIAN_USER_DATA_DIR: userData },
    });
    try {
      const consolePage = await app.firstWindow();
      // The launch token was traded for a cookie and dropped from the URL.
      await expect(consolePage).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(#.*)?$/);

      const seen = await consolePage.evaluate(() => ({
        bridge: (globalThis as { meridianDesktop?: unknown }).meridianDesktop,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      // Sandboxed, context-isolated, no Node: the page sees the frozen bridge and nothing else.
      expect(seen).toEqual({ bridge: { isDesktop: true, version: expect.any(String), platform: process.platform }, require: 'undefined', process: 'undefined' });

      // window.open is always denied (our own origin is not handed to the browser either).
      await consolePage.evaluate(() => { window.open(`${location.origin}/elsewhere`); });
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      // Navigating away from the app's origin is refused.
      const origin = await consolePage.evaluate(() => location.origin);
      await consolePage.evaluate(() => { location.href = 'file:///etc/hosts'; });
      await expect(consolePage).toHaveURL(new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
