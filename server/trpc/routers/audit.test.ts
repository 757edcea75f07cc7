// The audit log through the API: every write path leaves exactly one entry per attempt, whatever its outcome;
// the log can be browsed, exported and verified, and tampering is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'steady' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

const count = async () => (await h.caller().audit.verify()).entries;
const newest = async () => (await h.caller().audit.list({ limit: 1 })).entries[0];
async function flag(region: string, key: string) {
  const f = (await h.caller().controls.get()).regions.find((r) => r.region === region)?.flags?.value.find((x) => x.key === key);
  if (!f) throw new Error(`no flag ${key} in ${region}`);
  return f;
}

describe('one entry per attempt', () => {
  it('records an applied flag change with before from the cache and after from the platform', async () => {
    const f = await flag('us-east', 'reco-carousel-v3');
    const n = await count();
    await h.caller('on-call', 'alice').controls.setFlag({ region: 'us-east', key: f.key, enabled: true, expectedVersion: f.version, reason: 'start the test', idempotencyKey: newKey() });
    expect(await count()).toBe(n + 1);
    expect(await newest()).toMatchObject({
      actor: 'alice', role: 'on-call', action: 'flag.set', target: 'us-east/flag/reco-carousel-v3', reason: 'start the test', result: 'applied', override: false, detail: null,
      before: { enabled: false, version: f.version }, after: { enabled: true, version: f.version + 1, updatedBy: 'alice' },
    });
  });

  it('records a conflict, naming who changed it', async () => {
    const f = await flag('us-east', 'reco-carousel-v3');
    await rejection(h.caller('on-call', 'bob').controls.setFlag({ region: 'us-east', key: f.key, enabled: false, expectedVersion: f.version - 1, reason: 'stale', idempotencyKey: newKey() }));
    const e = await newest();
    expect(e).toMatchObject({ actor: 'bob', result: 'conflict', after: { requested: { enabled: false }, current: { version: f.version } } });
    expect(e?.detail).toMatch(/changed by alice/);
  });

  it('records a platform failure', async () => {
    const f = await flag('us-east', 'reco-carousel-v3');
    h.demo.faults.set('us-east', 'flag', { kind: 'error', status: 500 });
    try {
      await rejection(h.caller().controls.setFlag({ region: 'us-east', key: f.key, enabled: false, expectedVersion: f.version, reason: 'platform down', idempotencyKey: newKey() }));
    } finally {
      h.demo.faults.clear();
    }
    expect(await newest()).toMatchObject({ result: 'failed', detail: expect.stringMatching(/the platform failed \(500\)/) });
  });

  it('records a viewer’s refused attempts on every write path', async () => {
    const viewer = h.caller('viewer', 'vic');
    const w = { expectedVersion: 1, reason: 'viewer tries', idempotencyKey: newKey() };
    const n = await count();
    const attempts = [
      viewer.controls.setFlag({ ...w, region: 'us-east', key: 'kill-promotions', enabled: true }),
      viewer.controls.setDegradation({ ...w, region: 'us-east', mode: 'essential' }),
      viewer.controls.setTraffic({ ...w, weights: { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 } }),
      viewer.controls.revertTraffic(w),
      viewer.canary.act({ ...w, region: 'us-east', canaryId: 'search-4.3.0', action: 'abort' }),
      viewer.controls.setFlagEverywhere({ ...w, key: 'kill-promotions', enabled: true, expectedVersions: { 'us-east': 1, 'eu-west': 1, 'ap-southeast': 1 } }),
      viewer.controls.setDegradationEverywhere({ ...w, mode: 'essential', expectedVersions: { 'us-east': 1, 'eu-west': 1, 'ap-southeast': 1 } }),
    ];
    for (const a of attempts) expect((await rejection(a)).code).toBe('FORBIDDEN');
    const entries = (await h.caller().audit.list({ actor: 'vic', limit: 20 })).entries;
    expect(await count()).toBe(n + attempts.length);
    expect(entries.map((e) => e.action).sort()).toEqual(
      ['canary.abort', 'degradation.set', 'degradation.set-everywhere', 'flag.set', 'flag.set-everywhere', 'traffic.revert', 'traffic.set'].sort(),
    );
    expect(entries.every((e) => e.result === 'refused' && e.role === 'viewer' && e.detail?.startsWith('the viewer role cannot'))).toBe(true);
  });

  it('records canary actions', async () => {
    const canary = (await h.caller().canary.list()).find((c) => c.region === 'eu-west');
    if (!canary) throw new Error('no canary in eu-west');
    await h.caller('release-manager', 'rita').canary.act({ region: 'eu-west', canaryId: canary.id, action: 'pause', expectedVersion: canary.version, reason: 'hold for the weekend', idempotencyKey: newKey() });
    expect(await newest()).toMatchObject({ actor: 'rita', action: 'canary.pause', target: `eu-west/canary/${canary.id}`, result: 'applied', before: { state: 'progressing' }, after: { state: 'paused' } });
  });

  it('does not record malformed requests that never became attempts', async () => {
    const n = await count();
    await rejection(h.caller().controls.setFlag({ region: 'us-east', key: 'kill-promotions', enabled: true, expectedVersion: 1, reason: 'x', idempotencyKey: newKey() }));
    expect(await count()).toBe(n);
  });
});

describe('browsing, exporting, verifying', () => {
  it('pages newest first with filters', async () => {
    const first = await h.caller('viewer').audit.list({ limit: 2 });
    expect(first.entries).toHaveLength(2);
    expect((first.entries[0]?.seq ?? 0) > (first.entries[1]?.seq ?? 0)).toBe(true);
    const next = await h.caller('viewer').audit.list({ limit: 2, before: first.nextBefore ?? undefined });
    expect(next.entries[0]?.seq).toBe((first.entries[1]?.seq ?? 0) - 1);
    const all = await h.caller().audit.list({ limit: 500 });
    expect(all.nextBefore).toBeNull();
    expect((await h.caller().audit.list({ result: 'conflict', limit: 10 })).entries.every((e) => e.result === 'conflict')).toBe(true);
    expect((await h.caller().audit.list({ action: 'flag', limit: 50 })).entries.every((e) => e.action.startsWith('flag.'))).toBe(true);
    expect((await h.caller().audit.list({ target: 'eu-west', limit: 50 })).entries.every((e) => e.target.includes('eu-west'))).toBe(true);
  });

  it('exports CSV safe for spreadsheets, and JSON', async () => {
    const f = await flag('ap-southeast', 'checkout-v2-ui');
    await h.caller('on-call', 'mallory').controls.setFlag({ region: 'ap-southeast', key: f.key, enabled: true, expectedVersion: f.version, reason: '=HYPERLINK("http://evil.example","click")', idempotencyKey: newKey() });
    const csv = await h.caller().audit.export({ format: 'csv', actor: 'mallory' });
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    expect(csv.fileName).toMatch(/^meridian-audit-.*\.csv$/);
    const lines = csv.content.split('\r\n');
    expect(lines[0]).toBe('seq,at,at_ms,actor,role,action,target,before,after,reason,result,override,detail,prev_hash,hash');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",applied,`);
    const json = await h.caller().audit.export({ format: 'json' });
    const entries = JSON.parse(json.content) as Array<{ seq: number }>;
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
    expect(entries).toHaveLength(await count());
    expect((await rejection(h.caller('viewer').audit.export({ format: 'csv' }))).code).toBe('FORBIDDEN');
  });

  it('verifies the chain, across a restart too', async () => {
    expect(await h.caller('viewer').audit.verify()).toMatchObject({ ok: true, firstBadSeq: null, problem: null });
    h.restartCore();
    await h.core.poller.pollAll();
    const f = await flag('us-east', 'checkout-v2-ui');
    await h.caller().controls.setFlag({ region: 'us-east', key: f.key, enabled: !f.enabled, expectedVersion: f.version, reason: 'after restart', idempotencyKey: newKey() });
    expect(await h.caller().audit.verify()).toMatchObject({ ok: true });
  });

  it('finds an edited entry and names it', async () => {
    const target = (await h.caller().audit.list({ actor: 'alice', limit: 1 })).entries[0];
    if (!target) throw new Error('no entry to tamper with');
    h.cache.db.exec('DROP TRIGGER audit_log_no_update');
    h.cache.db.prepare("UPDATE audit_log SET reason = 'routine check' WHERE seq = ?").run(target.seq);
    const v = await h.caller().audit.verify();
    expect(v).toMatchObject({ ok: false, firstBadSeq: target.seq });
    expect(v.problem).toBe(`entry ${target.seq} was changed after it was written (its content no longer matches its hash)`);
  });
});
