import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error.js';

// Shaped like TRPCClientError: an Error with the server's formatted `data`.
function trpcError(message: string, data: unknown): Error {
  return Object.assign(new Error(message), { data });
}

describe('toApiError', () => {
  it('keeps the code and the operator sentence', () => {
    expect(toApiError(trpcError('Your role cannot do that', { code: 'FORBIDDEN', httpStatus: 403 }))).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role cannot do that',
      conflictCurrent: null,
      issues: [],
      safety: null,
    });
  });

  it('carries the current value of a conflict', () => {
    const current = { version: 4, updatedBy: 'ana' };
    const e = toApiError(trpcError('changed', { code: 'CONFLICT', conflict: { kind: 'version_conflict', current } }));
    expect(e.conflictCurrent).toEqual({ value: current });
  });

  it('reads issues with string or array paths and skips junk', () => {
    const e = toApiError(
      trpcError('bad', {
        code: 'BAD_REQUEST',
        issues: [{ path: 'reason', message: 'too short' }, { path: ['weights', 'eu-west'], message: 'no' }, 7, { path: 'x' }],
      }),
    );
    expect(e.issues).toEqual([
      { path: 'reason', message: 'too short' },
      { path: 'weights.eu-west', message: 'no' },
    ]);
  });

  it('treats a missing code as the backend not answering', () => {
    const e = toApiError(new TypeError('Failed to fetch'));
    expect(e.code).toBeNull();
    expect(e.message).toContain('Failed to fetch');
  });

  it('recognises the auth gate by HTTP status when the body is not tRPC-shaped', () => {
    const e = Object.assign(new Error('Unable to transform response from server'), {
      meta: { response: { status: 401 }, responseJSON: { error: 'missing or wrong session secret' } },
    });
    expect(toApiError(e)).toMatchObject({ code: 'UNAUTHORIZED', message: 'missing or wrong session secret' });
    const other = Object.assign(new Error('bad gateway'), { meta: { response: { status: 502 } } });
    expect(toApiError(other).code).toBeNull();
  });
});
