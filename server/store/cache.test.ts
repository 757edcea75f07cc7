import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.js';
import { createCache } from './cache.js';
import { CACHE_FILE_NAME } from './database.js';
import { SCHEMA_VERSION } from './migrations.js';
import { compact, MINUTE_RETENTION_MS, RAW_RETENTION_MS } from './retention.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function freshCache() {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanups.push(() => {
    if (cache.db.open) cache.close();
    t.remove();
  });
  return { cache, dir: t.dir };
}

describe('cache', () => {
  it('creates a WAL database at the current schema version', () => {
    const { cache } = freshCache();
    expect(cache.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(cache.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('keeps data across reopen (a restart while the platform is down shows the cache)', () => {
    const { cache, dir } = freshCache();
    cache.series.transaction(() => cache.series.write([{ key: 'us-east|checkout|p99', ts: 1_000, value: 420 }], 'gauge', 'raw'));
    cache.snapshots.save('us-east/controls', 5, { hello: 'world' });
    cache.close();
    const again = createCache(dir);
    expect(again.series.read('us-east|checkout|p99', 0, 2_000, 'raw')).toEqual([{ ts: 1_000, value: 420 }]);
    expect(again.snapshots.load('us-east/controls')?.payload).toEqual({ hello: 'world' });
    again.close();
  });

  it('refuses a cache written by a newer schema with an actionable message', () => {
    const { cache, dir } = freshCache();
    cache.db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    cache.close();
    expect(() => createCache(dir)).toThrow(/newer Meridian .*point it at another data folder/);
  });

  it('refuses a foreign file in place of the cache, naming it', () => {
    const t = tempDir();
    cleanups.push(t.remove);
    fs.writeFileSync(path.join(t.dir, CACHE_FILE_NAME), 'this is not a database'.repeat(100));
    expect(() => createCache(t.dir)).toThrow(/Could not open Meridian's cache at .*meridian-cache\.sqlite/);
  });

  it('writes a dense minute batch and sums ranges of it', () => {
    const { cache } = freshCache();
    cache.series.transaction(() => cache.series.writeMinutes('r|s|m', 'counter', 60_000, [1, 2, 3, 4]));
    expect(cache.series.sumMinutes('r|s|m', 120_000, 240_000)).toEqual({ total: 5, minutes: 2 });
    expect(cache.series.newestMinute('r|s|m')).toBe(240_000);
    expect(cache.series.sumMinutes('unknown', 0, 1e12)).toEqual({ total: 0, minutes: 0 });
  });

  it('rolls raw gauges into minute averages and applies retention', () => {
    const { cache } = freshCache();
    const now = 100 * 24 * 3_600_000;
    const minute = now - 10 * 60_000;
    cache.series.transaction(() => {
      cache.series.write([10, 20, 30].map((v, i) => ({ key: 'r|s|p99', ts: minute + i * 5_000, value: v })), 'gauge', 'raw');
      cache.series.write([{ key: 'r|s|p99', ts: now - RAW_RETENTION_MS - 1, value: 1 }], 'gauge', 'raw');
      cache.series.writeMinutes('r|s|old', 'counter', now - MINUTE_RETENTION_MS - 60_000, [7]);
    });
    compact(cache.db, now, minute);
    expect(cache.series.read('r|s|p99', minute, minute + 60_000, '1m')).toEqual([{ ts: minute, value: 20 }]);
    expect(cache.series.read('r|s|p99', 0, now, 'raw')).toHaveLength(3);
    expect(cache.series.read('r|s|old', 0, now, '1m')).toEqual([]);
  });

  it('rolls back the whole batch when one write fails (one transaction per tick)', () => {
    const { cache } = freshCache();
    expect(() =>
      cache.series.transaction(() => {
        cache.series.writeMinutes('r|s|a', 'counter', 0, [1, 2]);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(cache.series.read('r|s|a', 0, 1e9, '1m')).toEqual([]);
  });

  it('is a real SQLite file other tools can read', () => {
    const { cache, dir } = freshCache();
    cache.snapshots.save('x', 1, [1]);
    const other = new Database(path.join(dir, CACHE_FILE_NAME), { readonly: true });
    expect(other.prepare('SELECT count(*) AS n FROM snapshots').get()).toEqual({ n: 1 });
    other.close();
  });
});
