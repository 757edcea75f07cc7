// Per-operator tokens over real HTTP: each fixes who the session acts as, and the role check holds there too.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackend } from '../backend-options.js';
import { startBackend } from '../backend.js';
import { tempDir } from '../testing/temp-dir.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: unknown;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const u = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: options.method ?? 'GET', headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const ALICE = 'alice-token-0123456789abcdefghij';
const VIC = 'vic-token-0123456789abcdefghijkl';

let backend: RunningBackend;
const data = tempDir();
const renderer = tempDir();
beforeAll(async () => {
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Meridian</title>');
  const operatorsFile = path.join(data.dir, 'operators.json');
  fs.writeFileSync(operatorsFile, JSON.stringify([{ name: 'alice', role: 'on-call', token: ALICE }, { name: 'vic', role: 'viewer', token: VIC }]));
  backend = await startBackend({ mode: 'server', dataDir: data.dir, rendererDir: renderer.dir, historyDays: 0, pollIntervalMs: 60_000, operatorsFile });
  // The first poll fills the cache the writes below need.
  for (let i = 0; i < 100; i++) {
    const view = data$(await request(`${backend.origin}/trpc/controls.get`, { headers: as(ALICE) })) as { traffic: unknown; regions: Array<{ flags: unknown }> };
    if (view.traffic && view.regions.every((r) => r.flags)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await backend.close();
  data.remove();
  renderer.remove();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const data$ = (a: Answer) => (a.json as { result?: { data?: unknown } }).result?.data;
const error$ = (a: Answer) => (a.json as { error?: { message: string; data: Record<string, unknown> } }).error;

async function flagVersion(): Promise<number> {
  const view = data$(await request(`${backend.origin}/trpc/controls.get`, { headers: as(ALICE) })) as { regions: Array<{ region: string; flags: { value: Array<{ key: string; version: number }> } | null }> };
  return view.regions.find((r) => r.region === 'eu-west')?.flags?.value.find((f) => f.key === 'kill-promotions')?.version ?? -1;
}

describe('per-operator tokens', () => {
  it('answers 401 to an unknown token, as bearer or in the URL', async () => {
    expect((await request(`${backend.origin}/trpc/session.get`, { headers: as('nobody-token-0123456789abcdef') })).status).toBe(401);
    expect((await request(`${backend.origin}/?token=nobody-token-0123456789abcdef`)).status).toBe(401);
  });

  it('fixes the identity of the session, with a profile that cannot be edited', async () => {
    expect(data$(await request(`${backend.origin}/trpc/session.get`, { headers: as(VIC) }))).toMatchObject({ operator: 'vic', role: 'viewer', canEditProfile: false });
    const set = await request(`${backend.origin}/trpc/session.setProfile`, { method: 'POST', headers: as(VIC), body: { name: 'vic', role: 'on-call', regions: null } });
    expect(set.status).toBe(403);
    expect(data$(await request(`${backend.origin}/trpc/session.get`, { headers: as(VIC) }))).toMatchObject({ role: 'viewer' });
  });

  it('keeps a viewer token from writing over real HTTP, and changes nothing', async () => {
    const version = await flagVersion();
    const answer = await request(`${backend.origin}/trpc/controls.setFlag`, {
      method: 'POST',
      headers: as(VIC),
      body: { region: 'eu-west', key: 'kill-promotions', enabled: true, expectedVersion: version, reason: 'viewer over http', idempotencyKey: 'vic-key-123456' },
    });
    expect(answer.status).toBe(403);
    expect(error$(answer)?.message).toMatch(/the viewer role cannot change feature flags/);
    expect(await flagVersion()).toBe(version);
  });

  it('trades a token in the URL for a cookie that carries that identity', async () => {
    const answer = await request(`${backend.origin}/?token=${VIC}`);
    expect(answer.status).toBe(303);
    const cookie = (answer.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    expect(data$(await request(`${backend.origin}/trpc/session.get`, { headers: { cookie } }))).toMatchObject({ operator: 'vic' });
  });

  it('keeps the launch secret working, as the editable profile', async () => {
    expect(data$(await request(`${backend.origin}/trpc/session.get`, { headers: as(backend.secret) }))).toMatchObject({ role: 'on-call', canEditProfile: true });
  });

  it('lets an on-call token write, and sends safety refusals with the rules in data.safety', async () => {
    const traffic = (data$(await request(`${backend.origin}/trpc/controls.get`, { headers: as(ALICE) })) as { traffic: { value: { version: number } } }).traffic.value;
    const refused = await request(`${backend.origin}/trpc/controls.setTraffic`, {
      method: 'POST',
      headers: as(ALICE),
      body: { weights: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 }, expectedVersion: traffic.version, reason: 'drain two', idempotencyKey: 'alice-key-123456' },
    });
    expect(refused.status).toBe(412);
    const e = error$(refused);
    expect(e?.message).toMatch(/^refused by safety rule min-regions-with-traffic/);
    expect(e?.data.code).toBe('PRECONDITION_FAILED');
    expect(e?.data.safety).toMatchObject({ violations: [{ rule: 'min-regions-with-traffic' }, { rule: 'max-points-per-change' }], confirmationRequired: 'eu-west, ap-southeast' });
    const audit = data$(await request(`${backend.origin}/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ limit: 1 }))}`, { headers: as(VIC) })) as { entries: Array<{ actor: string; result: string }> };
    expect(audit.entries[0]).toMatchObject({ actor: 'alice', result: 'refused' });
  });

  it('formats input errors field by field, and refuses a 10 MB reason at the body limit', async () => {
    const bad = await request(`${backend.origin}/trpc/controls.setTraffic`, {
      method: 'POST',
      headers: as(ALICE),
      body: { weights: { 'us-east': -5, 'eu-west': 55, 'ap-southeast': 50 }, expectedVersion: 1, reason: 'negative', idempotencyKey: 'alice-key-654321' },
    });
    expect(bad.status).toBe(400);
    expect(error$(bad)?.message).toMatch(/^weights\.us-east: /);
    const body = JSON.stringify({ weights: { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 }, expectedVersion: 1, reason: 'x'.repeat(10_000_000), idempotencyKey: 'alice-key-999999' });
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(`${backend.origin}/trpc/controls.setTraffic`);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...as(ALICE), 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // The server answers 413 and stops reading: the rest of the upload fails to write, which is the point.
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
      req.on('socket', (socket) => socket.on('error', () => undefined));
      req.end(body);
    });
    expect(status).toBe(413);
  });
});

describe('a bad operators file', () => {
  it('stops the server from starting, naming the problem', async () => {
    const t = tempDir();
    try {
      const file = path.join(t.dir, 'operators.json');
      fs.writeFileSync(file, JSON.stringify([{ name: 'x', role: 'root', token: 'short' }]));
      await expect(startBackend({ mode: 'server', dataDir: t.dir, rendererDir: renderer.dir, historyDays: 0, operatorsFile: file })).rejects.toThrow(/entry 1 \(x\): role: role must be one of/);
    } finally {
      t.remove();
    }
  });
});
