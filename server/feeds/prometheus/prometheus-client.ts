// GET /api/v1/query_range of a Prometheus-compatible HTTP API. Every way it can fail becomes a SourceError
// whose message carries the server's own words (errorType and error), so an operator can fix the query.
import { z } from 'zod';
import { SourceError } from '../source-error.js';
import { sampleValue } from './sample-value.js';

export interface PrometheusEndpoint {
  /** Used in messages, e.g. "prometheus main". */
  name: string;
  baseUrl: string;
  bearerToken?: string | undefined;
  timeoutMs: number;
}

/** One series of a matrix result; values are numbers, NaN and ±Infinity included. */
export interface RangeSeries {
  metric: Record<string, string>;
  points: Array<{ t: number; v: number }>;
}

const Success = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(z.tuple([z.number(), z.string()])) })),
  }),
});
const Failure = z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string().optional() });

const shorten = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text);

async function fetchText(endpoint: PrometheusEndpoint, url: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (endpoint.bearerToken) headers.authorization = `Bearer ${endpoint.bearerToken}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(endpoint.timeoutMs), redirect: 'error' });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new SourceError(`${endpoint.name}: no answer from ${endpoint.baseUrl} within ${endpoint.timeoutMs} ms`, false);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new SourceError(`${endpoint.name}: cannot reach ${endpoint.baseUrl}: ${cause}`, false);
  }
  try {
    return { status: response.status, text: await response.text() };
  } catch {
    throw new SourceError(`${endpoint.name}: ${endpoint.baseUrl} closed the connection mid-answer`, false, response.status);
  }
}

/**
 * Runs one range query. 4xx answers are permanent (the query or the token is wrong; retrying cannot help),
 * except 429; 5xx and timeouts may be retried by the poller.
 */
export async function queryRange(endpoint: PrometheusEndpoint, query: string, start: number, end: number, stepSeconds: number): Promise<RangeSeries[]> {
  const params = new URLSearchParams({ query, start: String(start), end: String(end), step: String(stepSeconds) });
  const { status, text } = await fetchText(endpoint, `${endpoint.baseUrl}/api/v1/query_range?${params.toString()}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SourceError(`${endpoint.name}: ${endpoint.baseUrl} answered ${status} with something that is not JSON: ${shorten(text.trim()) || '(empty body)'}`, status >= 400 && status < 500 && status !== 429, status);
  }
  const failure = Failure.safeParse(json);
  if (failure.success || status < 200 || status >= 300) {
    const detail = failure.success ? `${failure.data.errorType ?? 'error'}: ${failure.data.error ?? '(no message)'}` : `HTTP ${status}`;
    const permanent = status >= 400 && status < 500 && status !== 429;
    throw new SourceError(`${endpoint.name} refused query ${shorten(query, 120)} (${status}) — ${detail}`, permanent, status);
  }
  const ok = Success.safeParse(json);
  if (!ok.success) {
    throw new SourceError(`${endpoint.name}: the answer to ${shorten(query, 120)} is not a range-query matrix (${ok.error.issues[0]?.message ?? 'unexpected shape'})`, true, status);
  }
  return ok.data.data.result.map((s) => ({ metric: s.metric, points: s.values.map(([t, v]) => ({ t, v: sampleValue(v) })) }));
}
