import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../source-error.js';
import { fetchTargetMinutes } from './fetch-target.js';
import { queryRange, type PrometheusEndpoint } from './prometheus-client.js';

/** A stand-in Prometheus whose answer each test chooses; the real one is in prometheus.integration.test.ts. */
let answer: (url: URL) => { status: number; body: string; delayMs?: number } = () => ({ status: 200, body: '{}' });
const seen: URL[] = [];
const auth: Array<string | undefined> = [];
let server: http.Server;
let endpoint: PrometheusEndpoint;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    seen.push(url);
    auth.push(req.headers.authorization);
    const a = answer(url);
    setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(a.body);
    }, a.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = { name: 'prometheus stub', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 300, bearerToken: 'sekrit' };
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const matrix = (values: Array<[number, string]>) => JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values }] } });

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof SourceError)) throw new Error(`expected a SourceError, got ${String(e)}`);
  return e;
}

describe('Prometheus range queries', () => {
  it('reads a matrix, NaN and ±Inf included', async () => {
    answer = () => ({ status: 200, body: matrix([[60, '1'], [120, 'NaN'], [180, '+Inf']]) });
    const r = await queryRange(endpoint, 'up', 60, 180, 60);
    expect(r[0]?.points.map((p) => p.v)).toEqual([1, Number.NaN, Number.POSITIVE_INFINITY]);
  });

  it('surfaces a status: error body with its errorType and message, as a permanent error on 400', async () => {
    answer = () => ({ status: 400, body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: '1:5: parse error: unexpected "}"' }) });
    const e = await failure(queryRange(endpoint, 'sum(x}', 0, 60, 60));
    expect(e.message).toMatch(/refused query sum\(x} \(400\) — bad_data: 1:5: parse error: unexpected "}"/);
    expect(e.permanent).toBe(true);
    expect(e.status).toBe(400);
  });

  it('surfaces the server limit on points with its message', async () => {
    answer = () => ({
      status: 400,
      body: JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)' }),
    });
    expect((await failure(queryRange(endpoint, 'x', 0, 60 * 20_000, 60))).message).toMatch(/exceeded maximum resolution of 11,000 points/);
  });

  it('treats 5xx as retryable, with the server message', async () => {
    answer = () => ({ status: 503, body: JSON.stringify({ status: 'error', errorType: 'unavailable', error: 'TSDB not ready' }) });
    const e = await failure(queryRange(endpoint, 'x', 0, 60, 60));
    expect(e.message).toMatch(/unavailable: TSDB not ready/);
    expect(e.permanent).toBe(false);
  });

  it('quotes a non-JSON answer (a proxy error page)', async () => {
    answer = () => ({ status: 502, body: '<html>Bad gateway</html>' });
    expect((await failure(queryRange(endpoint, 'x', 0, 60, 60))).message).toMatch(/502 with something that is not JSON: <html>Bad gateway<\/html>/);
  });

  it('times out with the limit in the message', async () => {
    answer = () => ({ status: 200, body: matrix([]), delayMs: 2_000 });
    expect((await failure(queryRange(endpoint, 'x', 0, 60, 60))).message).toMatch(/no answer from .* within 300 ms/);
  });

  it('refuses an instant-vector answer where a matrix belongs', async () => {
    answer = () => ({ status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } }) });
    expect((await failure(queryRange(endpoint, 'x', 0, 60, 60))).message).toMatch(/not a range-query matrix/);
  });

  it('sends the bearer token and one-minute steps, splitting long ranges', async () => {
    seen.length = 0;
    answer = () => ({ status: 200, body: matrix([]) });
    const rows = await fetchTargetMinutes(endpoint, { id: 't', goodKey: 'g', totalKey: 't', query: { shape: 'events', unit: 'increase', bad: 'sum(increase(e[{{.window}}]))', total: 'sum(increase(t[{{.window}}]))' } }, 0, 20 * 86_400_000);
    // Empty results are no data, not zeros and not an error.
    expect(rows).toEqual([]);
    expect(seen.length).toBe(6);
    expect(seen.every((u) => u.searchParams.get('step') === '60')).toBe(true);
    expect(auth.at(-1)).toBe('Bearer sekrit');
    expect(seen[0]?.searchParams.get('query')).toBe('sum(increase(t[1m]))');
    const points = seen.map((u) => (Number(u.searchParams.get('end')) - Number(u.searchParams.get('start'))) / 60 + 1);
    expect(Math.max(...points)).toBeLessThan(11_000);
  });
});
