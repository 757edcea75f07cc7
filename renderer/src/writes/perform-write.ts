import type { ApiError } from '../api/api-error.js';
import type { CallResult } from '../api/call.js';
import { conflictMessage, type ResourceKind } from './conflict.js';
import type { Feedback, Optimistic } from './writes-store.js';

export interface WritePlan<T> {
  target: string;
  kind: ResourceKind;
  optimistic: Optimistic;
  /** Sends the write; the plan already holds the expected version the operator was shown. */
  send: (reason: string, idempotencyKey: string) => Promise<CallResult<T>>;
  /** Puts the platform's answer into the stores. */
  onSuccess: (result: T) => void;
  /** Puts the current value from a conflict into the stores, so the operator reviews what is really there. */
  onConflict: (current: unknown) => void;
}

export interface WriteEnv {
  newKey: () => string;
  now: () => number;
  begin: (target: string, optimistic: Optimistic) => void;
  end: (target: string, feedback: Feedback | null) => void;
}

function feedbackFor(kind: ResourceKind, error: ApiError, now: number): Feedback {
  if (error.code === 'CONFLICT') {
    return { kind: 'conflict', message: conflictMessage(kind, error.conflictCurrent?.value, now) };
  }
  return { kind: 'error', message: error.message, issues: error.issues };
}

/**
 * One write: show the requested value at once, send it with a fresh idempotency key, then either keep the
 * platform's answer or drop the optimistic value and say why next to the control.
 */
export async function performWrite<T>(plan: WritePlan<T>, reason: string, env: WriteEnv): Promise<boolean> {
  env.begin(plan.target, plan.optimistic);
  const result = await plan.send(reason.trim(), env.newKey());
  if (result.ok) {
    plan.onSuccess(result.value);
    env.end(plan.target, null);
    return true;
  }
  if (result.error.code === 'CONFLICT' && result.error.conflictCurrent) plan.onConflict(result.error.conflictCurrent.value);
  env.end(plan.target, feedbackFor(plan.kind, result.error, env.now()));
  return false;
}
