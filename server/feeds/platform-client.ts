import type { z } from 'zod';
import { PlatformError } from '../../shared/platform-api/common.js';
import { SourceError } from './source-error.js';

export interface RequestOptions {
  timeoutMs: number;
  token?: string | undefined;
  method?: 'GET' | 'PUT' | 'POST';
  body?: unknown;
  idempotencyKey?: string;
}

export interface PlatformAnswer<T> {
  status: number;
  value: T;
}

/** The first zod issues of a failed parse, as "path: message" — enough to find the bad field. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const shown = error.issues.slice(0, limit).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}

async function send(url: string, options: RequestOptions): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError') throw new SourceError(`no answer from ${url} within ${options.timeoutMs} ms`, false);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new SourceError(`cannot reach ${url}: ${cause}`, false);
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new SourceError(`${url} closed the connection mid-answer`, false, response.status);
  }
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    throw new SourceError(`${url} answered ${response.status} with something that is not JSON`, response.ok, response.status);
  }
}

/**
 * One request to a platform API, parsed against the contract. A payload that does not match the schema is a
 * permanent source error: it is never cached and never crashes the backend.
 */
export async function requestPlatform<S extends z.ZodType>(url: string, schema: S, options: RequestOptions): Promise<PlatformAnswer<z.infer<S>>> {
  const { status, json } = await send(url, options);
  if (status >= 200 && status < 300) {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SourceError(`${url} answered with a payload that breaks the platform contract: ${describeIssues(parsed.error)}`, true, status);
    return { status, value: parsed.data };
  }
  const problem = PlatformError.safeParse(json);
  const detail = problem.success ? problem.data.message : `HTTP ${status}`;
  throw new PlatformRefusal(`${url}: ${detail}`, status, problem.success ? problem.data : null);
}

/** The platform answered with an error body (4xx/5xx). 5xx may be retried; 4xx will not change. */
export class PlatformRefusal extends SourceError {
  constructor(
    message: string,
    status: number,
    readonly body: PlatformError | null,
  ) {
    super(message, status < 500, status);
    this.name = 'PlatformRefusal';
  }
}
