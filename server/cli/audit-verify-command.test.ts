import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../store/audit-store.js';
import { createCache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { auditVerifyCommand } from './audit-verify-command.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dataDir(entries: number): string {
  const t = tempDir();
  cleanups.push(t.remove);
  const cache = createCache(t.dir);
  const store = new AuditStore(cache.db);
  for (let i = 1; i <= entries; i++) {
    store.append({ at: i, actor: 'alice', role: 'on-call', action: 'flag.set', target: 'us-east/flag/x', before: null, after: { i }, reason: `r${i}`, result: 'applied', override: false, detail: null, idempotencyKey: null });
  }
  cache.close();
  return t.dir;
}

function run(args: string[]): { code: number; out: string } {
  const lines: string[] = [];
  const code = auditVerifyCommand(args, (l) => lines.push(l), {});
  return { code, out: lines.join('\n') };
}

describe('npm run audit:verify', () => {
  it('exits 0 on an intact log and prints the head hash to keep', () => {
    const dir = dataDir(3);
    const r = run(['--data-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK: the audit log in .* is intact \(3 entries\)\.\nNewest entry: 3, hash [0-9a-f]{64}\./);
  });

  it('exits 1 on a tampered log, naming the entry', () => {
    const dir = dataDir(4);
    const cache = createCache(dir);
    cache.db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 2;");
    cache.close();
    const r = run(['--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^BROKEN: the audit log in .* fails at entry 2: entry 2 was changed/);
  });

  it('exits 1 when an entry noted earlier is gone, even with the anchor rewritten', () => {
    const dir = dataDir(4);
    const head = run(['--data-dir', dir]).out.match(/hash ([0-9a-f]{64})/)?.[1] ?? '';
    const cache = createCache(dir);
    cache.db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4; UPDATE audit_anchor SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3);');
    cache.close();
    expect(run(['--data-dir', dir]).code).toBe(0);
    const r = run(['--data-dir', dir, '--expect-hash', head]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/no longer holds the entry with hash/);
  });

  it('exits 2 when there is nothing to check, saying why', () => {
    const t = tempDir();
    cleanups.push(t.remove);
    expect(run(['--data-dir', t.dir])).toMatchObject({ code: 2, out: expect.stringMatching(/no Meridian data in/) });
    expect(run(['--bogus']).code).toBe(2);
  });
});
