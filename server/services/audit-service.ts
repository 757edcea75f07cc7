import type { z } from 'zod';
import type { AuditExport, AuditExportInput, AuditListInput, AuditPage, AuditVerification } from '../../shared/controls-api.js';
import type Database from 'better-sqlite3';
import type { Operator } from '../app-services.js';
import type { AuditStore } from '../store/audit-store.js';
import { verifyAuditChain } from '../store/audit-verify.js';
import { auditCsv } from './audit-csv.js';
import { authorize } from './controls-authorize.js';

type ListInput = z.infer<typeof AuditListInput>;
type ExportInput = z.infer<typeof AuditExportInput>;

/** Reading the audit log: browse (newest first), export, verify. Nothing here writes. */
export class AuditService {
  constructor(
    private readonly store: AuditStore,
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {}

  list(operator: Operator, input: ListInput): AuditPage {
    authorize(operator, 'audit-read');
    // One extra row tells whether there is another page, without counting.
    const rows = this.store.list(input, input.limit + 1, input.before);
    const entries = rows.slice(0, input.limit);
    return { entries, nextBefore: rows.length > input.limit ? (entries.at(-1)?.seq ?? null) : null };
  }

  /** Oldest first, as the chain reads; every matching entry. */
  export(operator: Operator, input: ExportInput): AuditExport {
    authorize(operator, 'audit-export');
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const entries = this.store.iterate(input);
    if (input.format === 'csv') return { fileName: `meridian-audit-${stamp}.csv`, mimeType: 'text/csv; charset=utf-8', content: auditCsv(entries) };
    return { fileName: `meridian-audit-${stamp}.json`, mimeType: 'application/json', content: `${JSON.stringify([...entries], null, 2)}\n` };
  }

  verify(operator: Operator): AuditVerification {
    authorize(operator, 'audit-verify');
    return verifyAuditChain(this.db);
  }
}
