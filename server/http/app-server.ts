import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { RequestContext } from '../app-services.js';
import type { AppRouter } from '../trpc/app-router.js';
import type { Credentials, Principal } from './credentials.js';
import { allowedHostHeaders, presentedSecret, SECURITY_HEADERS, sessionCookie } from './security.js';
import { serveStatic } from './static-files.js';

export interface AppServerOptions {
  router: AppRouter;
  /** Who is calling, from the secret the request presented (already checked). */
  createContext: (principal: Principal) => RequestContext;
  /** The launch secret and any per-operator tokens. */
  credentials: Credentials;
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
 * everywhere else. Every request passes the Host allowlist; every API request must carry the launch secret or
 * an operator's token, which decides who the request acts as.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  // The gate below identifies the caller once; tRPC's createContext picks it up for the same request.
  const principals = new WeakMap<http.IncomingMessage, Principal>();
  const trpc = createHTTPHandler({
    router: options.router,
    basePath: '/trpc/',
    createContext: ({ req }) => {
      const principal = principals.get(req);
      if (!principal) throw new Error('request reached tRPC without passing the session check');
      return options.createContext(principal);
    },
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
      const principal = options.credentials.identify(presentedSecret(req));
      if (!principal) return refuse(res, 401, 'missing or wrong session secret: open the launch URL Meridian printed, or your operator link');
      principals.set(req, principal);
      return trpc(req, res);
    }

    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!options.credentials.identify(token)) return refuse(res, 401, 'wrong launch token: use the URL Meridian printed at start, or the operator link you were given');
      // Trade the URL secret for a cookie and drop it from the address bar and history.
      res.writeHead(303, { 'set-cookie': sessionCookie(token), location: '/' }).end();
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
