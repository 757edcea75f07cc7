// One HTTP request end to end: auth, routing, faults, body parsing, idempotency, answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerAccepted } from './bearer-auth.js';
import { breakContract, truncateJson } from './faults.js';
import type { FaultRegistry } from './faults.js';
import { BodyTooLarge, delay, readBody, sendJson, sendText } from './http-io.js';
import { failure, invalid, notFound } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import { IdempotencyCache, requestFingerprint } from './idempotency-cache.js';
import { isRouteResult, matchRoute } from './routes.js';
import type { MatchedRoute, RouteDeps } from './routes.js';

export interface HandlerDeps extends RouteDeps {
  faults: FaultRegistry;
  idempotency: IdempotencyCache;
  token: string | undefined;
  /** Aborted when the platform closes, so slow answers stop waiting. */
  closing: AbortSignal;
}

const MAX_KEY_LENGTH = 200;

type BodyRead = { ok: true; body: unknown } | { ok: false; result: HandlerResult };

async function readJsonBody(req: IncomingMessage): Promise<BodyRead> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) return { ok: false, result: failure(413, 'invalid', error.message) };
    throw error;
  }
  if (text.trim() === '') return { ok: false, result: invalid('body: required (JSON)') };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, result: invalid('body: not valid JSON') };
  }
}

function runWrite(deps: HandlerDeps, route: MatchedRoute, req: IncomingMessage, path: string, query: URLSearchParams, body: unknown): HandlerResult {
  const header = req.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) return route.run(deps, query, body);
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return invalid(`Idempotency-Key: must be 1 to ${MAX_KEY_LENGTH} characters`);
  const fingerprint = requestFingerprint(route.method, path, body);
  const seen = deps.idempotency.lookup(key, fingerprint);
  if (seen.kind === 'replay') return seen.result;
  if (seen.kind === 'reused') return invalid(`Idempotency-Key: "${key.slice(0, 40)}" was already used for a different request; use a new key`);
  const result = route.run(deps, query, body);
  if (result.status >= 200 && result.status < 300) deps.idempotency.remember(key, fingerprint, result);
  return result;
}

function pathSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

export async function handleRequest(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo-platform.invalid');
  if (!bearerAccepted(req.headers.authorization, deps.token)) {
    res.setHeader('www-authenticate', 'Bearer');
    const denied = failure(401, 'unauthorized', 'missing or wrong bearer token (send Authorization: Bearer <token>)');
    return sendJson(res, denied.status, denied.body);
  }
  const segments = pathSegments(url.pathname);
  const route = segments ? matchRoute(req.method ?? 'GET', segments) : notFound('malformed path');
  if (isRouteResult(route)) return sendJson(res, route.status, route.body);

  const isWrite = route.method !== 'GET';
  const read: BodyRead = isWrite ? await readJsonBody(req) : { ok: true, body: undefined };
  const fault = route.name ? deps.faults.take(route.faultTarget, route.name) : null;
  if (fault?.kind === 'error') {
    const status = fault.status ?? 500;
    return sendJson(res, status, { error: 'unavailable', message: `injected fault: ${route.faultTarget} ${route.name ?? ''} answers ${status}` });
  }
  if (fault?.kind === 'slow') await delay(fault.delayMs, deps.closing);
  if (!read.ok) return sendJson(res, read.result.status, read.result.body);

  const result = isWrite ? runWrite(deps, route, req, url.pathname, url.searchParams, read.body) : route.run(deps, url.searchParams, read.body);
  // Malformed and truncated answers come after the work is done: for a write that is a lost reply, which is
  // exactly what Idempotency-Key retries are for.
  if (fault?.kind === 'malformed') return sendJson(res, result.status, breakContract(result.body));
  if (fault?.kind === 'truncated') return sendJson(res, result.status, undefined, truncateJson(result.body));
  if (result.text) return sendText(res, result.status, result.text);
  return sendJson(res, result.status, result.body);
}
