// What a failed write tells the operator: what happened, and what to do next. Every branch says whether
// anything changed, because that is the first question after a failure at 3 a.m.
import type { ApiError, FieldIssue } from '../api/api-error.js';
import { ruleNames, type ShownViolation } from '../api/safety-refusal.js';
import { conflictMessage, type ResourceKind } from './conflict.js';
import { isUncertain } from './intent-keys.js';

export interface FailureText {
  message: string;
  /** The next step. */
  hint: string | null;
  violations: ShownViolation[];
  issues: FieldIssue[];
  /** The change may have been applied: offer a retry with the same idempotency key. */
  retryable: boolean;
}

const RETRY_HINT = 'Retry sends the same request again; the platform applies it at most once.';

export function describeFailure(error: ApiError): FailureText {
  const base = { violations: [], issues: error.issues, retryable: false };
  if (isUncertain(error.code)) {
    return {
      ...base,
      message: error.message,
      hint: `The change may or may not have been applied. ${RETRY_HINT}`,
      retryable: true,
    };
  }
  switch (error.code) {
    case 'PRECONDITION_FAILED': {
      const safety = error.safety;
      if (safety && safety.violations.length > 0) {
        return {
          ...base,
          message: `Refused by safety rule${safety.violations.length > 1 ? 's' : ''} ${ruleNames(safety.violations)}. Nothing was changed.`,
          hint: 'Move fewer points at once or keep more regions serving; an on-call engineer can break glass with an override reason.',
          violations: safety.violations,
        };
      }
      if (safety?.confirmationRequired) {
        return {
          ...base,
          message: `This change needs typed confirmation: type “${safety.confirmationRequired}” and apply again. Nothing was changed.`,
          hint: null,
        };
      }
      return { ...base, message: error.message, hint: 'Nothing was changed.' };
    }
    case 'FORBIDDEN':
      return { ...base, message: error.message, hint: 'Nothing was changed. Ask an operator whose role allows this change.' };
    case 'BAD_REQUEST':
      return { ...base, message: error.message, hint: 'Nothing was changed. Correct what is named and apply again.' };
    case 'NOT_FOUND':
      return { ...base, message: error.message, hint: 'Nothing was changed. Reload the page: it may no longer exist.' };
    case 'TOO_MANY_REQUESTS':
      return { ...base, message: error.message, hint: 'Nothing was changed. Wait a moment and apply again.' };
    default:
      return { ...base, message: error.message, hint: null };
  }
}

export function describeConflict(kind: ResourceKind, error: ApiError, now: number): string {
  return conflictMessage(kind, error.conflictCurrent?.value, now);
}
