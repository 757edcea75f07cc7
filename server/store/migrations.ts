import type Database from 'better-sqlite3';
import { initialSchema } from './migrations/0001-initial.js';
import { auditLogSchema } from './migrations/0002-audit-log.js';
import { sloSchema } from './migrations/0003-slo.js';

/**
 * Schema versions, applied in order inside one transaction each; `PRAGMA user_version` records the last.
 * Never edit a migration that has shipped: add the next one.
 */

/** One entry per schema version, in order; each lives in its own file under migrations/. */
const MIGRATIONS: readonly string[] = [initialSchema, auditLogSchema, sloSchema];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The cache at ${db.name} was written by a newer Meridian (schema ${current}, this one knows ${SCHEMA_VERSION}). ` +
        'Update Meridian or point it at another data folder.',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const sql = MIGRATIONS[version] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
