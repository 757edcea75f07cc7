// Turns a failure to start into one sentence an operator can act on, shown in a dialog instead of a
// stack trace in a terminal nobody is looking at.

const ABI_MISMATCH = /NODE_MODULE_VERSION|compiled against a different Node\.js version|better_sqlite3\.node/;

export const SQLITE_REBUILD_COMMAND = 'npx tsx build/native/rebuild-sqlite-for-electron.ts';

export function describeStartupError(error: unknown, context: { sqliteBindingFound: boolean; isPackaged: boolean }): string {
  const message = error instanceof Error ? error.message : String(error);
  if (ABI_MISMATCH.test(message)) {
    if (context.isPackaged) {
      return `Meridian's SQLite module does not match this Electron build; reinstall Meridian. (${message})`;
    }
    return context.sqliteBindingFound
      ? `The Electron build of SQLite is out of date; run \`${SQLITE_REBUILD_COMMAND}\` again. (${message})`
      : `SQLite has not been built for Electron yet; run \`${SQLITE_REBUILD_COMMAND}\` (needs network once). (${message})`;
  }
  return `Meridian's backend could not start: ${message}`;
}
