import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { RequestContext } from '../app-services.js';
import type { AppRouter } from '../trpc/app-router.js';
import { allowedHostHeaders, presentedSecret, SECURITY_HEADERS, secretsEqual, sessionCookie } from './security.js';
import { serveStatic } from './static-files.js';

export interface AppServerOptions {
  router: AppRouter;
  createContext: (req: http.IncomingMessage) => RequestContext;
  secret: string;
  rendererDir: string;
  host: string;
  port: number;
  allowedHosts: readonly string[];
}

export interface AppServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

const TRPC_CODES: Record<number, string> = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 405: 'METHOD_NOT_SUPPORTED' };

/** Refusals are shaped like tRPC errors, so the renderer handles them as it handles any API error. */
function refuse(res: http.ServerResponse, status: number, message: string): void {
  const error = { message, code: -32_001, data: { code: TRPC_CODES[status] ?? 'BAD_REQUEST', httpStatus: status } };
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}

/**
 * One HTTP server for the desktop window, the browser and the tests: the tRPC API under /trpc, the renderer
 * everywhere else. Every request passes the Host allowlist; every API request must carry the launch secret.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const trpc = createHTTPHandler({
    router: options.router,
    basePath: '/trpc/',
    createContext: ({ req }) => options.createContext(req),
    maxBodySize: MAX_BODY_BYTES,
  });
  let allowed = new Set<string>();
  let origin = '';

  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!allowed.has((req.headers.host ?? '').toLowerCase())) return refuse(res, 403, 'Host header not allowed');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/trpc/')) {
      res.setHeader('cache-control', 'no-store');
      // SameSite=Strict already keeps other sites' cookies out; refusing foreign Origins also stops bearer misuse.
      if (req.headers.origin && req.headers.origin !== `http://${req.headers.host}`) return refuse(res, 403, 'cross-origin requests are not allowed');
      if (!secretsEqual(presentedSecret(req), options.secret)) return refuse(res, 401, 'missing or wrong session secret: open the launch URL Meridian printed');
      return trpc(req, res);
    }

    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!secretsEqual(token, options.secret)) return refuse(res, 401, 'wrong launch token: use the URL Meridian printed at start');
      // Trade the URL secret for a cookie and drop it from the address bar and history.
      res.writeHead(303, { 'set-cookie': sessionCookie(options.secret), location: '/' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
    serveStatic(options.rendererDir, url.pathname, res);
  });
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHostHeaders(port, options.allowedHosts);
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  origin = `http://${hostForUrl === '0.0.0.0' ? '127.0.0.1' : hostForUrl}:${port}`;

  return {
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
