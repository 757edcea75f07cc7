// Reading request bodies and writing JSON answers over node:http.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`body: larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends a body as given: already-serialised text (a truncated fault) or a value to serialise. */
export function sendJson(res: ServerResponse, status: number, body: unknown, raw?: string): void {
  if (res.headersSent || res.destroyed) return;
  const text = raw ?? JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Resolves after ms, or rejects as soon as the platform shuts down. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('platform closed'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('platform closed'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Sends a text answer as is (the Prometheus exposition format of /metrics). */
export function sendText(res: ServerResponse, status: number, text: { contentType: string; content: string }): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': text.contentType, 'content-length': Buffer.byteLength(text.content), 'cache-control': 'no-store' });
  res.end(text.content);
}
