import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rebuildSqliteForElectron, wantedBuild } from './rebuild-sqlite-for-electron.js';

describe('rebuildSqliteForElectron', () => {
  const devdir = mkdtempSync(join(tmpdir(), 'meridian-electron-gyp-'));
  afterAll(() => rmSync(devdir, { recursive: true, force: true }));

  it('says in one sentence that it needs the network when the headers cannot be fetched', async () => {
    const attempt = rebuildSqliteForElectron({
      devdir,
      probeHeaders: () => Promise.reject(new Error('getaddrinfo ENOTFOUND electronjs.org')),
      log: () => {},
    });
    await expect(attempt).rejects.toThrow(
      /^Building SQLite for Electron \d+\.\d+\.\d+ needs Electron's headers from electronjs\.org, which cannot be reached from this machine \(getaddrinfo ENOTFOUND electronjs\.org\); run this again where there is network/,
    );
  });

  it('targets the installed Electron and better-sqlite3', () => {
    expect(wantedBuild()).toMatchObject({ electron: expect.stringMatching(/^45\./), betterSqlite3: expect.stringMatching(/^12\./) });
  });
});
