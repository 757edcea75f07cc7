import type Database from 'better-sqlite3';

export interface StoredSnapshot {
  sourceId: string;
  observedAt: number;
  payload: unknown;
}

/** The last valid payload per source: what the console shows for non-series data when offline. */
export class SnapshotStore {
  private readonly put;
  private readonly get;
  private readonly all;

  constructor(db: Database.Database) {
    this.put = db.prepare<[string, number, string]>(
      'INSERT OR REPLACE INTO snapshots (source_id, observed_at, payload) VALUES (?, ?, ?)',
    );
    this.get = db.prepare<[string], { observed_at: number; payload: string }>(
      'SELECT observed_at, payload FROM snapshots WHERE source_id = ?',
    );
    this.all = db.prepare<[], { source_id: string; observed_at: number; payload: string }>(
      'SELECT source_id, observed_at, payload FROM snapshots',
    );
  }

  save(sourceId: string, observedAt: number, payload: unknown): void {
    this.put.run(sourceId, observedAt, JSON.stringify(payload));
  }

  load(sourceId: string): StoredSnapshot | null {
    const row = this.get.get(sourceId);
    return row ? { sourceId, observedAt: row.observed_at, payload: JSON.parse(row.payload) as unknown } : null;
  }

  loadAll(): StoredSnapshot[] {
    return this.all.all().map((r) => ({ sourceId: r.source_id, observedAt: r.observed_at, payload: JSON.parse(r.payload) as unknown }));
  }
}
