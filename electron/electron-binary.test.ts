import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadElectronBinary, electronPackageDir, findElectronBinary, resolveElectronBinary } from './electron-binary.js';

const root = mkdtempSync(join(tmpdir(), 'meridian-electron-binary-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** A stand-in for node_modules/electron: path.txt, dist/ and an install.js with the given body. */
function fakePackage(options: { pathTxt?: string; binary?: string; install?: string } = {}): string {
  count += 1;
  const dir = join(root, `electron-${count}`);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    writeFileSync(join(dir, 'dist', options.binary), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', options.binary), 0o755);
  }
  writeFileSync(join(dir, 'install.js'), options.install ?? 'process.exit(0);\n');
  return dir;
}

describe('findElectronBinary', () => {
  it('finds dist/<path.txt>', () => {
    const dir = fakePackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(dir, {})).toEqual({ found: true, path: join(dir, 'dist', 'electron') });
  });

  it('reports a package whose binary was never downloaded (this machine)', () => {
    expect(findElectronBinary(fakePackage(), {})).toEqual({ found: false, reason: "Electron's binary has not been downloaded on this machine" });
  });

  it('reports a path.txt pointing at nothing', () => {
    const result = findElectronBinary(fakePackage({ pathTxt: 'electron' }), {});
    expect(result.found).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const dir = fakePackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(fakePackage(), { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') })).toEqual({ found: true, path: join(dir, 'dist', 'electron') });
    expect(findElectronBinary(fakePackage(), { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nowhere') }).found).toBe(false);
  });

  it('resolves the installed electron package without loading it', () => {
    expect(electronPackageDir()).toMatch(/node_modules[\\/]electron$/);
  });
});

describe('downloadElectronBinary', () => {
  it('succeeds when install.js does', async () => {
    await expect(downloadElectronBinary(fakePackage())).resolves.toEqual({ ok: true });
  });

  it('keeps the first line of a failure, not the stack', async () => {
    const dir = fakePackage({ install: 'console.error("TypeError: fetch failed\\n    at node:internal/deps/undici");\nprocess.exit(1);\n' });
    await expect(downloadElectronBinary(dir)).resolves.toEqual({ ok: false, reason: 'TypeError: fetch failed' });
  });

  it('gives up on a download that hangs', async () => {
    const dir = fakePackage({ install: 'setTimeout(() => {}, 60_000);\n' });
    const started = Date.now();
    await expect(downloadElectronBinary(dir, 300)).resolves.toEqual({ ok: false, reason: 'the download did not finish within 0.3 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('resolveElectronBinary', () => {
  it('downloads once when missing, then finds the binary', async () => {
    const dir = fakePackage({
      install: [
        "const fs = require('node:fs'); const path = require('node:path');",
        "fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');",
        "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
      ].join('\n'),
    });
    await expect(resolveElectronBinary(dir, { env: {} })).resolves.toEqual({ found: true, path: join(dir, 'dist', 'electron') });
  });

  it('explains a failed download in one clause', async () => {
    const dir = fakePackage({ install: 'console.error("TypeError: fetch failed"); process.exit(1);\n' });
    await expect(resolveElectronBinary(dir, { env: {} })).resolves.toEqual({
      found: false,
      reason: "Electron's binary could not be downloaded on this machine (TypeError: fetch failed)",
    });
  });
});
