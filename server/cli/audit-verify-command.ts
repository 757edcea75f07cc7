import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { verifyAuditChain, auditHead } from '../store/audit-verify.js';
import { CACHE_FILE_NAME } from '../store/database.js';
import { parseArgs } from './parse-args.js';

export const AUDIT_VERIFY_HELP = `Usage: npm run audit:verify -- [--data-dir DIR] [--expect-hash HASH]

Checks the hash chain of Meridian's audit log without changing anything. Exit code 0: intact; 1: broken;
2: could not check. --expect-hash names a hash noted earlier (printed by a previous check): the check also
fails if that entry is no longer in the log, which catches entries removed from the end.`;

/** Exit code of `audit:verify`; everything it says goes to `print`. */
export function auditVerifyCommand(argv: readonly string[], print: (line: string) => void, env: NodeJS.ProcessEnv = process.env): number {
  let args;
  try {
    args = parseArgs(argv, { 'data-dir': 'value', 'expect-hash': 'value', help: 'flag' });
  } catch (error) {
    print(`audit:verify: ${error instanceof Error ? error.message : String(error)}\n${AUDIT_VERIFY_HELP}`);
    return 2;
  }
  if (args.help) {
    print(AUDIT_VERIFY_HELP);
    return 0;
  }
  const dir = path.resolve(typeof args['data-dir'] === 'string' ? args['data-dir'] : (env.MERIDIAN_DATA_DIR ?? '.meridian-data'));
  const file = path.join(dir, CACHE_FILE_NAME);
  if (!fs.existsSync(file)) {
    print(`audit:verify: no Meridian data in ${dir} (looked for ${CACHE_FILE_NAME}); pass the data folder with --data-dir`);
    return 2;
  }
  let db: Database.Database;
  try {
    // Read-only: verifying must never be the thing that changes the evidence.
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    print(`audit:verify: cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const hasLog = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get();
    if (!hasLog || hasLog.n === 0) {
      print(`audit:verify: ${file} has no audit log yet (it was written by an older Meridian); start Meridian once to add it`);
      return 2;
    }
    const v = verifyAuditChain(db);
    if (!v.ok) {
      print(`BROKEN: the audit log in ${dir} fails at entry ${v.firstBadSeq ?? '?'}: ${v.problem ?? 'unknown problem'}`);
      return 1;
    }
    const expected = typeof args['expect-hash'] === 'string' ? args['expect-hash'].trim().toLowerCase() : null;
    if (expected !== null) {
      const found = db.prepare<[string], { seq: number }>('SELECT seq FROM audit_log WHERE hash = ?').get(expected);
      if (!found) {
        print(`BROKEN: the audit log in ${dir} no longer holds the entry with hash ${expected}: entries were removed (or it is another log)`);
        return 1;
      }
    }
    const head = auditHead(db);
    print(`OK: the audit log in ${dir} is intact (${v.entries} entries).`);
    if (head) print(`Newest entry: ${head.seq}, hash ${head.hash}. Keep this hash elsewhere and pass it as --expect-hash next time to detect entries removed from the end.`);
    return 0;
  } finally {
    db.close();
  }
}
