// Alert episodes in SQLite: what `slo.alerts` lists and what survives a restart (an open episode stays the same
// episode, with the same id, so the renderer never notifies twice for it).
import type Database from 'better-sqlite3';
import type { AlertEpisode, AlertSeverity } from '../../shared/slo-api.js';

export interface OpenEpisode extends AlertEpisode {
  quietSince: number | null;
}

interface Row {
  id: number;
  slo_id: string;
  severity: AlertSeverity;
  started_at: number;
  ended_at: number | null;
  peak_burn: number;
  quiet_since: number | null;
}

const toEpisode = (r: Row): OpenEpisode => ({
  id: r.id,
  sloId: r.slo_id,
  severity: r.severity,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  peakBurnRate: r.peak_burn,
  quietSince: r.quiet_since,
});

const COLUMNS = 'id, slo_id, severity, started_at, ended_at, peak_burn, quiet_since';

export class AlertEpisodeStore {
  private readonly openRows;
  private readonly insert;
  private readonly update;
  private readonly close;
  private readonly listAll;
  private readonly listOne;
  private readonly between;

  constructor(db: Database.Database) {
    this.openRows = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM slo_alert_episodes WHERE ended_at IS NULL`);
    this.insert = db.prepare<[string, AlertSeverity, number, number]>('INSERT INTO slo_alert_episodes (slo_id, severity, started_at, peak_burn) VALUES (?, ?, ?, ?)');
    this.update = db.prepare<[number, number | null, number]>('UPDATE slo_alert_episodes SET peak_burn = ?, quiet_since = ? WHERE id = ?');
    this.close = db.prepare<[number, number]>('UPDATE slo_alert_episodes SET ended_at = ?, quiet_since = NULL WHERE id = ?');
    this.listAll = db.prepare<[number], Row>(`SELECT ${COLUMNS} FROM slo_alert_episodes ORDER BY started_at DESC, id DESC LIMIT ?`);
    this.listOne = db.prepare<[string, number], Row>(`SELECT ${COLUMNS} FROM slo_alert_episodes WHERE slo_id = ? ORDER BY started_at DESC, id DESC LIMIT ?`);
    this.between = db.prepare<[string, number, number], Row>(
      `SELECT ${COLUMNS} FROM slo_alert_episodes WHERE slo_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at >= ?) ORDER BY started_at`,
    );
  }

  open(): OpenEpisode[] {
    return this.openRows.all().map(toEpisode);
  }

  start(sloId: string, severity: AlertSeverity, at: number, peak: number): OpenEpisode {
    const id = Number(this.insert.run(sloId, severity, at, peak).lastInsertRowid);
    return { id, sloId, severity, startedAt: at, endedAt: null, peakBurnRate: peak, quietSince: null };
  }

  save(e: OpenEpisode): void {
    this.update.run(e.peakBurnRate, e.quietSince, e.id);
  }

  end(id: number, endedAt: number): void {
    this.close.run(endedAt, id);
  }

  /** Newest first. */
  list(sloId: string | undefined, limit: number): AlertEpisode[] {
    const rows = sloId === undefined ? this.listAll.all(limit) : this.listOne.all(sloId, limit);
    return rows.map((r) => {
      const { quietSince: _quiet, ...episode } = toEpisode(r);
      return episode;
    });
  }

  /** Episodes of one SLO that overlap [from, to), oldest first (for the detail view). */
  overlapping(sloId: string, from: number, to: number): AlertEpisode[] {
    return this.between.all(sloId, to, from).map((r) => {
      const { quietSince: _quiet, ...episode } = toEpisode(r);
      return episode;
    });
  }
}
