// tRPC errors arrive as TRPCClientError with the server's formatted `data`; network failures arrive without
// it. This flattens both into what the UI shows, reading `data` defensively because it crosses the wire.
import { parseSafetyRefusal, type SafetyRefusal } from './safety-refusal.js';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  /** tRPC code such as 'CONFLICT'; null when the backend did not answer at all. */
  code: string | null;
  /** An operator-readable sentence. */
  message: string;
  /** On CONFLICT: the resource as it is now on the platform. */
  conflictCurrent: { value: unknown } | null;
  issues: FieldIssue[];
  /** On PRECONDITION_FAILED: the safety rules that refused the change, or the confirmation it needs. */
  safety: SafetyRefusal | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function parseIssues(v: unknown): FieldIssue[] {
  if (!Array.isArray(v)) return [];
  const issues: FieldIssue[] = [];
  for (const item of v) {
    if (!isRecord(item) || typeof item.message !== 'string') continue;
    const path = Array.isArray(item.path) ? item.path.join('.') : typeof item.path === 'string' ? item.path : '';
    issues.push({ path, message: item.message });
  }
  return issues;
}

/**
 * The backend's auth gate answers before tRPC runs, with a plain JSON body; tRPC then reports "not a tRPC
 * response" and keeps the HTTP response in `meta`. Its status still says what happened.
 */
function fromHttpStatus(e: unknown): { code: string; message: string | null } | null {
  const meta = isRecord(e) && isRecord(e.meta) ? e.meta : null;
  const status = meta && isRecord(meta.response) && typeof meta.response.status === 'number' ? meta.response.status : null;
  const body = meta && isRecord(meta.responseJSON) ? meta.responseJSON : null;
  const message = body && typeof body.error === 'string' ? body.error : null;
  if (status === 401) return { code: 'UNAUTHORIZED', message };
  if (status === 403) return { code: 'FORBIDDEN', message };
  return null;
}

export function toApiError(e: unknown): ApiError {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'Unknown error';
  const data = isRecord(e) && isRecord(e.data) ? e.data : null;
  const code = data && typeof data.code === 'string' ? data.code : null;
  const http = code === null ? fromHttpStatus(e) : null;
  if (http) return { code: http.code, message: http.message ?? message, conflictCurrent: null, issues: [], safety: null };
  if (code === null) {
    return {
      code: null,
      message: `The Meridian backend did not answer (${message}). It may have stopped; data on screen is kept.`,
      conflictCurrent: null,
      issues: [],
      safety: null,
    };
  }
  const conflict = data && isRecord(data.conflict) && 'current' in data.conflict ? { value: data.conflict.current } : null;
  return { code, message, conflictCurrent: conflict, issues: parseIssues(data?.issues), safety: parseSafetyRefusal(data) };
}

export function isUnauthorized(e: ApiError | null): boolean {
  return e?.code === 'UNAUTHORIZED';
}
