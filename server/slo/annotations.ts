// Operator actions and canary steps to draw on an SLO's charts: from the audit log when this cache has one,
// and from the change stamps (updatedAt/updatedBy/reason) of the cached control and canary snapshots.
import type Database from 'better-sqlite3';
import type { SloAnnotation } from '../../shared/slo-api.js';
import type { SnapshotReader } from '../services/snapshot-reader.js';

interface AuditRow {
  at: number;
  actor: string;
  action: string;
  target: string;
  reason: string;
  result: string;
}

/** Enough for a busy incident; the chart would not show more legibly anyway. */
const MAX_ANNOTATIONS = 200;

export class AnnotationReader {
  private readonly audit: Database.Statement<[number, number, string, number], AuditRow> | null;

  constructor(
    db: Database.Database,
    private readonly snapshots: SnapshotReader,
  ) {
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
    this.audit = hasAudit
      ? db.prepare(
          `SELECT at, actor, action, target, reason, result FROM audit_log
           WHERE at >= ? AND at < ? AND (target LIKE ? || '/%' OR target LIKE 'global/%') ORDER BY at LIMIT ?`,
        )
      : null;
  }

  /** What happened in `region` (and globally) in [from, to), oldest first. */
  forRegion(region: string, from: number, to: number): SloAnnotation[] {
    const audited = this.audit ? this.fromAudit(this.audit, region, from, to) : [];
    // Changes made outside Meridian (another console, the platform itself, canary automation) are only in the
    // snapshots' change stamps; those that Meridian made are already in the audit log, with more detail.
    const stamps = [...this.fromSnapshots(region, from, to), ...this.canaryStamps(region, from, to)].filter(
      (a) => !audited.some((f) => f.kind === a.kind && Math.abs(f.at - a.at) < 60_000),
    );
    return [...audited, ...stamps].sort((a, b) => a.at - b.at).slice(-MAX_ANNOTATIONS);
  }

  private fromAudit(stmt: Database.Statement<[number, number, string, number], AuditRow>, region: string, from: number, to: number): SloAnnotation[] {
    return stmt.all(from, to, region.replace(/[%_]/g, ''), MAX_ANNOTATIONS).map((r) => ({
      at: r.at,
      kind: r.action.startsWith('canary.') ? 'canary' : 'operator',
      text: `${r.action} ${r.target} by ${r.actor}: ${r.reason}${r.result === 'applied' ? '' : ` (${r.result})`}`,
    }));
  }

  private fromSnapshots(region: string, from: number, to: number): SloAnnotation[] {
    const out: SloAnnotation[] = [];
    const inRange = (at: number) => at >= from && at < to;
    const controls = this.snapshots.controls(region)?.value;
    for (const f of controls?.flags ?? []) {
      if (inRange(f.updatedAt)) out.push({ at: f.updatedAt, kind: 'operator', text: `flag ${f.key} ${f.enabled ? 'on' : 'off'} by ${f.updatedBy}: ${f.reason}` });
    }
    const d = controls?.degradation;
    if (d && inRange(d.updatedAt)) out.push({ at: d.updatedAt, kind: 'operator', text: `degradation ${d.mode} by ${d.updatedBy}: ${d.reason}` });
    const t = this.snapshots.traffic()?.value;
    if (t && inRange(t.updatedAt)) {
      const weights = Object.entries(t.weights).map(([r, w]) => `${r} ${w}%`).join(', ');
      out.push({ at: t.updatedAt, kind: 'operator', text: `traffic ${weights} by ${t.updatedBy}: ${t.reason}` });
    }
    return out;
  }

  private canaryStamps(region: string, from: number, to: number): SloAnnotation[] {
    return (this.snapshots.canaries(region)?.value.canaries ?? [])
      .filter((c) => c.updatedAt >= from && c.updatedAt < to)
      .map((c) => ({ at: c.updatedAt, kind: 'canary' as const, text: `canary ${c.service} ${c.canaryVersion} ${c.state} at ${c.weight}% by ${c.updatedBy}: ${c.reason}` }));
  }
}
