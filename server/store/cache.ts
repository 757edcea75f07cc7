import type Database from 'better-sqlite3';
import { CoverageStore } from './coverage-store.js';
import { openCache, type OpenOptions } from './database.js';
import { SeriesStore } from './series-store.js';
import { SnapshotStore } from './snapshot-store.js';
import { SourceStatusStore } from './source-status-store.js';

/** Everything Meridian keeps on disk, behind one handle. */
export interface Cache {
  db: Database.Database;
  series: SeriesStore;
  snapshots: SnapshotStore;
  statuses: SourceStatusStore;
  coverage: CoverageStore;
  close(): void;
}

export function createCache(dataDir: string, options: OpenOptions = {}): Cache {
  const db = openCache(dataDir, options);
  return {
    db,
    series: new SeriesStore(db),
    snapshots: new SnapshotStore(db),
    statuses: new SourceStatusStore(db),
    coverage: new CoverageStore(db),
    close: () => db.close(),
  };
}
