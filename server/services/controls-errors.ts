import { TRPCError } from '@trpc/server';
import type { SafetyRefusalDetail } from '../../shared/controls-api.js';
import { PlatformRefusal } from '../feeds/platform-client.js';
import { SourceError } from '../feeds/source-error.js';

/** Carries the platform's current resource on a version conflict, for the error formatter. */
export class ConflictCause extends Error {
  constructor(readonly current: unknown) {
    super('version_conflict');
  }
}

/** Carries the refused rules and the confirmation a change needs, for the error formatter (`data.safety`). */
export class SafetyCause extends Error {
  constructor(readonly detail: SafetyRefusalDetail) {
    super('safety_refusal');
  }
}

export function safetyRefusal(message: string, detail: SafetyRefusalDetail): TRPCError {
  return new TRPCError({ code: 'PRECONDITION_FAILED', message, cause: new SafetyCause(detail) });
}

export function conflictError(message: string, current: unknown): TRPCError {
  return new TRPCError({ code: 'CONFLICT', message, cause: new ConflictCause(current) });
}

/** Platform answers become typed errors the UI can place next to the control that caused them. */
export function toTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof PlatformRefusal) {
    const message = error.body?.message ?? error.message;
    if (error.status === 409) return conflictError(message, error.body?.current);
    if (error.status === 400) return new TRPCError({ code: 'BAD_REQUEST', message });
    if (error.status === 404) return new TRPCError({ code: 'NOT_FOUND', message });
    if (error.status === 401 || error.status === 403) return new TRPCError({ code: 'BAD_GATEWAY', message: `the platform refused Meridian's credentials: ${message}` });
    return new TRPCError({ code: 'BAD_GATEWAY', message: `the platform failed (${error.status}): ${message}. Nothing was changed; try again.` });
  }
  if (error instanceof SourceError) {
    return new TRPCError({ code: 'BAD_GATEWAY', message: `${error.message}. The change may not have been applied: check the current state before retrying.` });
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: error instanceof Error ? error.message : String(error) });
}
