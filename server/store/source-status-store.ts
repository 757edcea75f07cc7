import type Database from 'better-sqlite3';

export interface PersistedSourceStatus {
  sourceId: string;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: string | null;
  consecutiveFailures: number;
}

/** Freshness of each source survives restarts, so a relaunch while the platform is down shows true ages. */
export class SourceStatusStore {
  private readonly put;
  private readonly all;

  constructor(db: Database.Database) {
    this.put = db.prepare<[string, number | null, number | null, string | null, number]>(
      `INSERT OR REPLACE INTO source_status (source_id, last_success_at, last_attempt_at, last_error, consecutive_failures)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.all = db.prepare<[], { source_id: string; last_success_at: number | null; last_attempt_at: number | null; last_error: string | null; consecutive_failures: number }>(
      'SELECT * FROM source_status',
    );
  }

  save(s: PersistedSourceStatus): void {
    this.put.run(s.sourceId, s.lastSuccessAt, s.lastAttemptAt, s.lastError, s.consecutiveFailures);
  }

  loadAll(): Map<string, PersistedSourceStatus> {
    return new Map(
      this.all.all().map((r) => [
        r.source_id,
        {
          sourceId: r.source_id,
          lastSuccessAt: r.last_success_at,
          lastAttemptAt: r.last_attempt_at,
          lastError: r.last_error,
          consecutiveFailures: r.consecutive_failures,
        },
      ]),
    );
  }
}
