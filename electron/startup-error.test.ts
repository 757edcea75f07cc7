import { describe, expect, it } from 'vitest';
import { describeStartupError, SQLITE_REBUILD_COMMAND } from './startup-error.js';

const abi = new Error("The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115.");

describe('describeStartupError', () => {
  it('tells a developer how to build SQLite for Electron', () => {
    expect(describeStartupError(abi, { sqliteBindingFound: false, isPackaged: false })).toContain(SQLITE_REBUILD_COMMAND);
    expect(describeStartupError(abi, { sqliteBindingFound: true, isPackaged: false })).toMatch(/out of date/);
  });

  it('tells an installed user to reinstall, not to run a build', () => {
    const message = describeStartupError(abi, { sqliteBindingFound: true, isPackaged: true });
    expect(message).toMatch(/reinstall Meridian/);
    expect(message).not.toContain('npx');
  });

  it('passes other failures through in one line', () => {
    expect(describeStartupError(new Error('EACCES: permission denied, open platform.json'), { sqliteBindingFound: true, isPackaged: true }))
      .toBe("Meridian's backend could not start: EACCES: permission denied, open platform.json");
    expect(describeStartupError('boom', { sqliteBindingFound: true, isPackaged: true })).toBe("Meridian's backend could not start: boom");
  });
});
