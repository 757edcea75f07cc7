import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackend } from '../backend-options.js';
import { startBackend } from '../backend.js';
import { tempDir } from '../testing/temp-dir.js';
import { appRouter } from '../trpc/app-router.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, so the test controls the Host header exactly as a DNS-rebinding page would send it. */
function request(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let backend: RunningBackend;
const data = tempDir();
const renderer = tempDir();
beforeAll(async () => {
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Meridian</title>');
  backend = await startBackend({ mode: 'server', dataDir: data.dir, rendererDir: renderer.dir, historyDays: 0, pollIntervalMs: 60_000 });
});
afterAll(async () => {
  await backend.close();
  data.remove();
  renderer.remove();
});

const bearer = () => ({ authorization: `Bearer ${backend.secret}` });

describe('the console HTTP server', () => {
  it('listens on loopback only by default', () => {
    expect(new URL(backend.origin).hostname).toBe('127.0.0.1');
  });

  it('answers 401 to API requests without the secret, on every procedure', async () => {
    const procedures = Object.keys(appRouter._def.procedures);
    expect(procedures.length).toBeGreaterThan(10);
    for (const p of procedures) {
      const answer = await request(`${backend.origin}/trpc/${p}`);
      expect(answer.status, p).toBe(401);
    }
    expect((await request(`${backend.origin}/trpc/overview.get`, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('answers with the secret', async () => {
    const answer = await request(`${backend.origin}/trpc/session.get`, bearer());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ result: { data: { mode: 'server', platform: 'demo' } } });
  });

  it('answers 403 to a foreign Host header even with the secret (DNS rebinding)', async () => {
    const port = new URL(backend.origin).port;
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.nip.io:${port}`]) {
      const answer = await request(`${backend.origin}/trpc/session.get`, { ...bearer(), host });
      expect(answer.status, host).toBe(403);
    }
    expect((await request(`${backend.origin}/`, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await request(`${backend.origin}/trpc/session.get`, { ...bearer(), host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses cross-origin API calls even when the browser would attach the cookie', async () => {
    const answer = await request(`${backend.origin}/trpc/session.get`, { ...bearer(), origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('trades the launch token for a strict, HttpOnly cookie and drops it from the URL', async () => {
    const wrong = await request(`${backend.origin}/?token=nope`);
    expect(wrong.status).toBe(401);
    const answer = await request(backend.launchUrl);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    const cookie = answer.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await request(`${backend.origin}/trpc/session.get`, { cookie: cookie.split(';')[0] ?? '' });
    expect(withCookie.status).toBe(200);
  });

  it('sends a strict CSP and security headers on pages and API answers', async () => {
    for (const url of [`${backend.origin}/`, `${backend.origin}/trpc/session.get`]) {
      const { headers } = await request(url, bearer());
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves the renderer and never a file outside it', async () => {
    const page = await request(`${backend.origin}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Meridian</title>');
    const traversal = await request(`${backend.origin}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(traversal.body).not.toContain('root:');
  });

  it('refuses a request body above the limit', async () => {
    const body = JSON.stringify({ reason: 'x'.repeat(2_000_000) });
    const answer = await new Promise<number>((resolve, reject) => {
      const u = new URL(`${backend.origin}/trpc/controls.setTraffic`);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...bearer(), 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(answer).toBe(413);
  });
});
