import type { AuditEntry } from '../../shared/controls-api.js';

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'at_ms', 'actor', 'role', 'action', 'target', 'before', 'after', 'reason', 'result', 'override', 'detail', 'prev_hash', 'hash'] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A cell that a
 * spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe first: a reason typed into
 * Meridian must never become code on the reviewer's machine.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

export function auditCsvRow(e: AuditEntry): string {
  const cells = [
    String(e.seq),
    new Date(e.at).toISOString(),
    String(e.at),
    e.actor,
    e.role,
    e.action,
    e.target,
    json(e.before),
    json(e.after),
    e.reason,
    e.result,
    e.override ? 'true' : 'false',
    e.detail ?? '',
    e.prevHash,
    e.hash,
  ];
  return cells.map(csvCell).join(',');
}

/** Header and rows, CRLF line ends as RFC 4180 says. */
export function auditCsv(entries: Iterable<AuditEntry>): string {
  const lines = [AUDIT_CSV_COLUMNS.join(',')];
  for (const e of entries) lines.push(auditCsvRow(e));
  return `${lines.join('\r\n')}\r\n`;
}
