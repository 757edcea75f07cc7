// ?from=&to= of the minute-batch endpoints: epoch ms, whole minutes, [from, to), at most two days.
import { DAY_MS, MINUTE_MS } from '../../shared/topology.js';
import type { Parsed } from './body-validation.js';
import { invalid } from './http-result.js';
import type { MinuteRangeQuery } from './sli-batch.js';

const MAX_SPAN_MS = 2 * DAY_MS;

function epochParam(query: URLSearchParams, name: string): number | string {
  const raw = query.get(name);
  if (raw === null || raw === '') return `${name}: required (epoch milliseconds, a whole minute)`;
  if (!/^\d{1,16}$/.test(raw)) return `${name}: must be epoch milliseconds as a non-negative integer (got "${raw.slice(0, 40)}")`;
  const value = Number(raw);
  if (value % MINUTE_MS !== 0) return `${name}: must be a whole minute (a multiple of 60000; got ${value})`;
  return value;
}

export function parseRangeQuery(query: URLSearchParams): Parsed<MinuteRangeQuery> {
  const from = epochParam(query, 'from');
  if (typeof from === 'string') return { ok: false, result: invalid(from) };
  const to = epochParam(query, 'to');
  if (typeof to === 'string') return { ok: false, result: invalid(to) };
  if (to <= from) return { ok: false, result: invalid(`to: must be after from (from ${from}, to ${to})`) };
  if (to - from > MAX_SPAN_MS) return { ok: false, result: invalid(`to: at most two days per request (asked for ${(to - from) / MINUTE_MS} minutes, limit ${MAX_SPAN_MS / MINUTE_MS})`) };
  return { ok: true, value: { from, to } };
}
