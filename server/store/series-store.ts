import type Database from 'better-sqlite3';
import type { SeriesPoint } from '../../shared/console-api.js';

export type SeriesKind = 'gauge' | 'counter';
export type Resolution = 'raw' | '1m';

export interface Sample {
  key: string;
  ts: number;
  value: number;
}

export const seriesKey = (region: string, subject: string, metric: string) => `${region}|${subject}|${metric}`;

/** Time series in SQLite. Writes come in batches, each batch one transaction. */
export class SeriesStore {
  private readonly ids = new Map<string, number>();
  private readonly insertSeries;
  private readonly selectSeries;
  private readonly upsert: Record<Resolution, Database.Statement<[number, number, number]>>;
  private readonly range: Record<Resolution, Database.Statement<[number, number, number], SeriesPoint>>;
  private readonly newest: Database.Statement<[number], { ts: number | null }>;
  private readonly sum: Database.Statement<[number, number, number], { total: number | null; n: number }>;

  constructor(private readonly db: Database.Database) {
    this.insertSeries = db.prepare<[string, SeriesKind]>('INSERT OR IGNORE INTO series (key, kind) VALUES (?, ?)');
    this.selectSeries = db.prepare<[string], { id: number }>('SELECT id FROM series WHERE key = ?');
    this.upsert = {
      raw: db.prepare('INSERT OR REPLACE INTO samples_raw (series_id, ts, value) VALUES (?, ?, ?)'),
      '1m': db.prepare('INSERT OR REPLACE INTO samples_1m (series_id, ts, value) VALUES (?, ?, ?)'),
    };
    this.range = {
      raw: db.prepare('SELECT ts, value FROM samples_raw WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts'),
      '1m': db.prepare('SELECT ts, value FROM samples_1m WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts'),
    };
    this.newest = db.prepare('SELECT max(ts) AS ts FROM samples_1m WHERE series_id = ?');
    this.sum = db.prepare('SELECT sum(value) AS total, count(*) AS n FROM samples_1m WHERE series_id = ? AND ts >= ? AND ts < ?');
  }

  /** The id of a series, created on first use. Cached: ids never change once made. */
  idOf(key: string, kind: SeriesKind): number {
    const cached = this.ids.get(key);
    if (cached !== undefined) return cached;
    this.insertSeries.run(key, kind);
    const row = this.selectSeries.get(key);
    if (!row) throw new Error(`series ${key} vanished while being created`);
    this.ids.set(key, row.id);
    return row.id;
  }

  private existingId(key: string): number | undefined {
    const cached = this.ids.get(key);
    if (cached !== undefined) return cached;
    const row = this.selectSeries.get(key);
    if (row) this.ids.set(key, row.id);
    return row?.id;
  }

  /** Writes samples of one kind at one resolution. Callers wrap a whole poll tick in `transaction`. */
  write(samples: readonly Sample[], kind: SeriesKind, resolution: Resolution): void {
    const stmt = this.upsert[resolution];
    for (const s of samples) stmt.run(this.idOf(s.key, kind), s.ts, s.value);
  }

  /** Writes a dense minute array starting at `from` (platform minute batches), without building objects. */
  writeMinutes(key: string, kind: SeriesKind, from: number, values: readonly number[]): void {
    const id = this.idOf(key, kind);
    const stmt = this.upsert['1m'];
    for (let i = 0; i < values.length; i++) stmt.run(id, from + i * 60_000, values[i] ?? 0);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  read(key: string, from: number, to: number, resolution: Resolution): SeriesPoint[] {
    const id = this.existingId(key);
    return id === undefined ? [] : this.range[resolution].all(id, from, to);
  }

  /** Sum of minute values in [from, to), and how many minutes had data. */
  sumMinutes(key: string, from: number, to: number): { total: number; minutes: number } {
    const id = this.existingId(key);
    if (id === undefined) return { total: 0, minutes: 0 };
    const row = this.sum.get(id, from, to);
    return { total: row?.total ?? 0, minutes: row?.n ?? 0 };
  }

  newestMinute(key: string): number | null {
    const id = this.existingId(key);
    return id === undefined ? null : (this.newest.get(id)?.ts ?? null);
  }
}
