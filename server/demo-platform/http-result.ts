// What a route handler answers: a status and a JSON body. Every error body has the PlatformError shape.
import type { PlatformError } from '../../shared/platform-api/index.js';

export interface HandlerResult {
  status: number;
  body: unknown;
  /** A non-JSON answer (the Prometheus text of /metrics), sent instead of `body`. */
  text?: { contentType: string; content: string };
}

export function ok(body: unknown): HandlerResult {
  return { status: 200, body };
}

export function failure(status: number, error: PlatformError['error'], message: string, current?: unknown): HandlerResult {
  const body: PlatformError = current === undefined ? { error, message } : { error, message, current };
  return { status, body };
}

export const invalid = (message: string) => failure(400, 'invalid', message);
export const notFound = (message: string) => failure(404, 'not_found', message);
