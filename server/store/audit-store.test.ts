import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.js';
import { createCache, type Cache } from './cache.js';
import { GENESIS_HASH } from './audit-hash.js';
import { AuditStore, type AuditDraft } from './audit-store.js';
import { verifyAuditChain } from './audit-verify.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function fresh(): { cache: Cache; store: AuditStore; dir: string } {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanups.push(() => {
    if (cache.db.open) cache.close();
    t.remove();
  });
  return { cache, store: new AuditStore(cache.db), dir: t.dir };
}

const draft = (n: number, over: Partial<AuditDraft> = {}): AuditDraft => ({
  at: 1_000 + n,
  actor: n % 2 ? 'alice' : 'bob',
  role: 'on-call',
  action: n % 3 ? 'flag.set' : 'traffic.set',
  target: n % 3 ? 'eu-west/flag/kill-promotions' : 'global/traffic',
  before: { enabled: false, version: n },
  after: { version: n + 1, enabled: true },
  reason: `step ${n}`,
  result: 'applied',
  override: false,
  detail: null,
  idempotencyKey: `key-${n}`,
  ...over,
});

function fill(store: AuditStore, n: number): void {
  for (let i = 1; i <= n; i++) store.append(draft(i));
}

/** Tampering needs the triggers gone first, as it would for anyone editing the file by hand. */
function dropTriggers(cache: Cache): void {
  cache.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

describe('audit store', () => {
  it('chains entries from the genesis hash and verifies', () => {
    const { cache, store } = fresh();
    const first = store.append(draft(1));
    const second = store.append(draft(2));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAuditChain(cache.db)).toEqual({ ok: true, entries: 2, firstBadSeq: null, problem: null });
  });

  it('verifies an empty log', () => {
    const { cache } = fresh();
    expect(verifyAuditChain(cache.db)).toEqual({ ok: true, entries: 0, firstBadSeq: null, problem: null });
  });

  it('refuses UPDATE and DELETE through its triggers', () => {
    const { cache, store } = fresh();
    fill(store, 2);
    expect(() => cache.db.prepare("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => cache.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => cache.db.prepare('DELETE FROM audit_anchor').run()).toThrow(/cannot be deleted/);
    expect(verifyAuditChain(cache.db).ok).toBe(true);
  });

  it('stores before/after canonically, whatever the key order', () => {
    const { store } = fresh();
    const a = store.append(draft(1, { before: { b: 1, a: { d: 2, c: 1 } } }));
    expect(a.before).toEqual({ a: { c: 1, d: 2 }, b: 1 });
    expect(JSON.stringify(a.before)).toBe('{"a":{"c":1,"d":2},"b":1}');
  });

  it('lists newest first with filters and a cursor', () => {
    const { store } = fresh();
    fill(store, 7);
    store.append(draft(8, { result: 'refused', override: true, actor: 'carol', detail: 'refused by safety rule' }));
    expect(store.list({}, 3).map((e) => e.seq)).toEqual([8, 7, 6]);
    expect(store.list({}, 3, 6).map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(store.list({ action: 'traffic' }, 10).map((e) => e.seq)).toEqual([6, 3]);
    expect(store.list({ action: 'traf' }, 10)).toEqual([]);
    expect(store.list({ target: 'eu-west' }, 10).map((e) => e.seq)).toEqual([8, 7, 5, 4, 2, 1]);
    expect(store.list({ actor: 'carol', result: 'refused', overrideOnly: true }, 10).map((e) => e.seq)).toEqual([8]);
    expect(store.list({ from: 1_003, to: 1_005 }, 10).map((e) => e.seq)).toEqual([4, 3]);
    expect([...store.iterate({ actor: 'alice' })].map((e) => e.seq)).toEqual([1, 3, 5, 7]);
  });

  it('finds the last applied change and earlier applications of a key', () => {
    const { store } = fresh();
    fill(store, 6);
    expect([...store.applied('traffic.set', 'global/traffic')].map((e) => e.seq)).toEqual([6, 3]);
    expect(store.appliedWithKey('key-4', 'eu-west/flag/kill-promotions')?.seq).toBe(4);
    expect(store.appliedWithKey('key-4', 'global/traffic')).toBeNull();
  });

  it('keeps the chain across a reopen', () => {
    const { cache, dir } = fresh();
    fill(new AuditStore(cache.db), 3);
    cache.close();
    const again = createCache(dir);
    cleanups.push(() => again.close());
    new AuditStore(again.db).append(draft(4));
    expect(verifyAuditChain(again.db)).toMatchObject({ ok: true, entries: 4 });
  });
});

describe('tamper detection', () => {
  it('detects an edited reason, naming the entry', () => {
    const { cache, store } = fresh();
    fill(store, 5);
    dropTriggers(cache);
    cache.db.prepare("UPDATE audit_log SET reason = 'routine check' WHERE seq = 3").run();
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'entry 3 was changed after it was written (its content no longer matches its hash)' });
  });

  it('detects an edit whose hash was recomputed, at the next link', () => {
    const { cache, store } = fresh();
    fill(store, 5);
    dropTriggers(cache);
    // A careful forger rewrites the hash too, but the next entry still points at the old one.
    cache.db.prepare("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 2").run();
    const v = verifyAuditChain(cache.db);
    expect(v.ok).toBe(false);
    expect(v.firstBadSeq).toBe(2);
  });

  it('detects a deleted middle entry', () => {
    const { cache, store } = fresh();
    fill(store, 5);
    dropTriggers(cache);
    cache.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'entry 3 is missing: the log jumps from 2 to 4 (deleted entries)' });
  });

  it('detects a deleted middle entry even when the later ones are renumbered', () => {
    const { cache, store } = fresh();
    fill(store, 5);
    dropTriggers(cache);
    cache.db.exec('DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET seq = seq - 1 WHERE seq > 3;');
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects a deleted last entry through the anchor', () => {
    const { cache, store } = fresh();
    fill(store, 5);
    dropTriggers(cache);
    cache.db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'entry 5 is missing at the end: the log was truncated' });
  });

  it('detects a replaced last entry through the anchor hash', () => {
    const { cache, store } = fresh();
    fill(store, 3);
    dropTriggers(cache);
    cache.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    cache.db.exec('CREATE TEMP TABLE keep AS SELECT seq, hash FROM audit_anchor');
    // Re-append a different third entry through the store: its chain is valid, but the anchor now names it...
    new AuditStore(cache.db).append(draft(3, { reason: 'a different story' }));
    // ...so the forger also has to put the old anchor back, which gives them away.
    cache.db.exec('UPDATE audit_anchor SET hash = (SELECT hash FROM keep) WHERE id = 1');
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects reordered entries', () => {
    const { cache, store } = fresh();
    fill(store, 4);
    dropTriggers(cache);
    cache.db.exec('UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -2;');
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('detects an inserted entry', () => {
    const { cache, store } = fresh();
    fill(store, 2);
    cache.db.prepare("INSERT INTO audit_log SELECT seq + 1, at, actor, role, action, target, before, after, 'forged', result, override, detail, idempotency_key, prev_hash, hash FROM audit_log WHERE seq = 2").run();
    expect(verifyAuditChain(cache.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});
