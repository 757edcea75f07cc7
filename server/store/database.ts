import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.js';

export interface OpenOptions {
  /** A better-sqlite3 binary for another ABI, e.g. Electron's. */
  nativeBinding?: string;
}

export const CACHE_FILE_NAME = 'meridian-cache.sqlite';

/** Opens (creating if needed) the cache in `dataDir`, in WAL mode, migrated to the current schema. */
export function openCache(dataDir: string, options: OpenOptions = {}): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, CACHE_FILE_NAME);
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL loses at most the last transaction on power loss, never consistency; fine for a cache.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    migrate(db);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not open Meridian's cache at ${file}: ${reason}`, { cause: error });
  }
  return db;
}
