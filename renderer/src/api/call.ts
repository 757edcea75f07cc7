import { noteContact, noteUnauthorized, noteUnreachable } from '../stores/connection-store.js';
import { toApiError, type ApiError } from './api-error.js';

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Every request goes through here so reachability and an expired session are noticed in one place, whichever
 * page made the request, and callers get a value or an operator-readable error instead of a throw.
 */
export async function call<T>(request: () => Promise<T>): Promise<CallResult<T>> {
  try {
    const value = await request();
    noteContact();
    return { ok: true, value };
  } catch (e) {
    const error = toApiError(e);
    if (error.code === null) noteUnreachable();
    else noteContact();
    if (error.code === 'UNAUTHORIZED') noteUnauthorized();
    return { ok: false, error };
  }
}
