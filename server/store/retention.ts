import type Database from 'better-sqlite3';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/topology.js';

export const RAW_RETENTION_MS = 48 * HOUR_MS;
export const MINUTE_RETENTION_MS = 35 * DAY_MS;

/**
 * Rolls complete minutes of raw gauges into samples_1m (average), then drops what is past retention.
 * Idempotent: rolling the same minutes again gives the same rows.
 */
export function compact(db: Database.Database, now: number, since: number): { rolledUp: number; deleted: number } {
  const lastCompleteMinute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const from = Math.floor(since / MINUTE_MS) * MINUTE_MS;
  return db.transaction(() => {
    const rolled = db
      .prepare(
        `INSERT OR REPLACE INTO samples_1m (series_id, ts, value)
         SELECT series_id, ts - (ts % ${MINUTE_MS}) AS minute, avg(value)
         FROM samples_raw WHERE ts >= ? AND ts < ? GROUP BY series_id, minute`,
      )
      .run(from, lastCompleteMinute);
    const rawGone = db.prepare('DELETE FROM samples_raw WHERE ts < ?').run(now - RAW_RETENTION_MS);
    const minuteGone = db.prepare('DELETE FROM samples_1m WHERE ts < ?').run(now - MINUTE_RETENTION_MS);
    return { rolledUp: rolled.changes, deleted: rawGone.changes + minuteGone.changes };
  })();
}
