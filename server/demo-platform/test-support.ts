// Helpers for this folder's tests: a controllable clock and small JSON-over-HTTP calls.
import type { z } from 'zod';
import { MINUTE_MS } from '../../shared/topology.js';

/** 12:00 UTC on a Wednesday: evening peak in ap-southeast, morning in us-east, midday in eu-west. */
export const T0 = Date.UTC(2025, 2, 12, 12, 0);

export interface TestClock {
  now: () => number;
  advance(ms: number): void;
}

export function testClock(start = T0): TestClock {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      t += ms;
    },
  };
}

export interface Answer {
  status: number;
  json: unknown;
  text: string;
}

export async function call(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** GET and parse with a contract schema; throws (failing the test) when the payload breaks the contract. */
export async function getParsed<S extends z.ZodType>(url: string, schema: S, headers?: Record<string, string>): Promise<z.infer<S>> {
  const answer = await call(url, headers ? { headers } : {});
  if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}: ${answer.text}`);
  return schema.parse(answer.json);
}

export const rangeQuery = (from: number, to: number) => `from=${from}&to=${to}`;

/** Minutes [a, b) relative to T0-style origin, as a query. */
export function minutesAround(origin: number, fromMinute: number, toMinute: number): string {
  return rangeQuery(origin + fromMinute * MINUTE_MS, origin + toMinute * MINUTE_MS);
}

export function errorRatio(series: { good: number[]; total: number[] }, from = 0, to = series.total.length): number {
  let good = 0;
  let total = 0;
  for (let i = from; i < to; i++) {
    good += series.good[i] ?? 0;
    total += series.total[i] ?? 0;
  }
  return total === 0 ? 0 : 1 - good / total;
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function writeEnvelope(expectedVersion: number, reason = 'test change') {
  return { expectedVersion, actor: 'test-operator', reason };
}
