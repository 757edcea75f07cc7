import type Database from 'better-sqlite3';

export interface Coverage {
  oldest: number;
  newest: number;
}

/** Which minutes of each minute-counter source are cached, so polls and backfill fetch only what is missing. */
export class CoverageStore {
  private readonly get;
  private readonly put;

  constructor(db: Database.Database) {
    this.get = db.prepare<[string], Coverage>('SELECT oldest, newest FROM coverage WHERE source_id = ?');
    this.put = db.prepare<[string, number, number]>('INSERT OR REPLACE INTO coverage (source_id, oldest, newest) VALUES (?, ?, ?)');
  }

  load(sourceId: string): Coverage | null {
    return this.get.get(sourceId) ?? null;
  }

  /** Widens the covered span to include [from, to). */
  extend(sourceId: string, from: number, to: number): Coverage {
    const current = this.load(sourceId);
    const next = current ? { oldest: Math.min(current.oldest, from), newest: Math.max(current.newest, to) } : { oldest: from, newest: to };
    this.put.run(sourceId, next.oldest, next.newest);
    return next;
  }
}
