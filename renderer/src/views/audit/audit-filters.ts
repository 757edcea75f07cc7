// The audit page's filter form as typed → the backend's AuditFilterInput. Empty fields mean "any"; times are
// the operator's local wall-clock (datetime-local inputs) turned into UTC epoch ms.
import type { z } from 'zod';
import type { AuditFilterInput, AuditResult } from '../../../../shared/controls-api.js';

export type AuditFilter = z.input<typeof AuditFilterInput>;

export const AUDIT_RESULT_OPTIONS: readonly AuditResult[] = ['applied', 'refused', 'conflict', 'failed'];

export interface AuditFilterForm {
  actor: string;
  action: string;
  target: string;
  result: '' | AuditResult;
  overrideOnly: boolean;
  /** `YYYY-MM-DDTHH:mm` from a datetime-local input, '' for open-ended. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { actor: '', action: '', target: '', result: '', overrideOnly: false, from: '', to: '' };

export type AuditFilterResult = { ok: true; filter: AuditFilter } | { ok: false; problems: Partial<Record<keyof AuditFilterForm, string>> };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value as epoch ms in the browser's zone; null when it is not one. */
export function parseLocalDateTime(value: string): number | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  if ([y, mo, d, h, mi].some((n) => n === undefined || Number.isNaN(n))) return null;
  const at = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0)).getTime();
  return Number.isFinite(at) ? at : null;
}

function text(v: string, max: number): string | undefined {
  const t = v.trim();
  return t === '' ? undefined : t.slice(0, max);
}

export function toAuditFilter(form: AuditFilterForm, parse: (v: string) => number | null = parseLocalDateTime): AuditFilterResult {
  const problems: Partial<Record<keyof AuditFilterForm, string>> = {};
  const from = form.from.trim() === '' ? undefined : parse(form.from);
  // "to 17:05" includes the whole minute 17:05.
  const toStart = form.to.trim() === '' ? undefined : parse(form.to);
  const to = toStart === null || toStart === undefined ? toStart : toStart + 59_999;
  if (from === null) problems.from = 'enter a date and time';
  if (to === null) problems.to = 'enter a date and time';
  if (typeof from === 'number' && typeof to === 'number' && to < from) problems.to = 'the end must be after the start';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const filter: AuditFilter = {};
  const actor = text(form.actor, 100);
  const action = text(form.action, 100);
  const target = text(form.target, 200);
  if (actor !== undefined) filter.actor = actor;
  if (action !== undefined) filter.action = action;
  if (target !== undefined) filter.target = target;
  if (form.result !== '') filter.result = form.result;
  if (form.overrideOnly) filter.overrideOnly = true;
  if (typeof from === 'number') filter.from = Math.max(0, from);
  if (typeof to === 'number') filter.to = Math.max(0, to);
  return { ok: true, filter };
}

export function isAuditResult(v: string): v is AuditResult {
  return (AUDIT_RESULT_OPTIONS as readonly string[]).includes(v);
}
