import type { ApiError } from '../api/api-error.js';
import type { CallResult } from '../api/call.js';
import { describeConflict, describeFailure } from './failure-feedback.js';
import { outcomeOf, type IntentKeys } from './intent-keys.js';
import type { ResourceKind } from './conflict.js';
import type { Feedback, Optimistic } from './writes-store.js';

export interface WritePlan<T> {
  target: string;
  kind: ResourceKind;
  optimistic: Optimistic;
  /**
   * The intended change (what, to which value, from which version): a retry of the same intent reuses its
   * idempotency key, so a request whose answer was lost is never applied twice.
   */
  intent: string;
  /** Sends the write; the plan already holds the expected version the operator was shown. */
  send: (reason: string, idempotencyKey: string, confirmation: string | undefined) => Promise<CallResult<T>>;
  /** Puts the platform's answer into the stores; may return feedback (a change applied in only some regions). */
  onSuccess: (result: T) => Feedback | null | void;
  /** Puts the current value from a conflict into the stores, so the operator reviews what is really there. */
  onConflict: (current: unknown) => void;
  /** Any other refusal, for controls that adapt (a refusal asking for typed confirmation). */
  onRefused?: (error: ApiError) => void;
}

export interface WriteEnv {
  keys: IntentKeys;
  now: () => number;
  begin: (target: string, optimistic: Optimistic) => void;
  end: (target: string, feedback: Feedback | null) => void;
}

/**
 * One write: show the requested value at once, send it with the intent's idempotency key, then either keep
 * the platform's answer or drop the optimistic value and say why — and what to do — next to the control.
 */
export async function performWrite<T>(plan: WritePlan<T>, reason: string, env: WriteEnv, confirmation?: string): Promise<boolean> {
  env.begin(plan.target, plan.optimistic);
  const result = await plan.send(reason.trim(), env.keys.keyFor(plan.intent), confirmation?.trim() || undefined);
  env.keys.settle(plan.intent, outcomeOf(result));
  if (result.ok) {
    env.end(plan.target, plan.onSuccess(result.value) ?? null);
    return true;
  }
  const { error } = result;
  if (error.code === 'CONFLICT') {
    if (error.conflictCurrent) plan.onConflict(error.conflictCurrent.value);
    env.end(plan.target, { kind: 'conflict', message: describeConflict(plan.kind, error, env.now()) });
    return false;
  }
  plan.onRefused?.(error);
  const text = describeFailure(error);
  env.end(plan.target, {
    kind: 'error',
    message: text.message,
    issues: text.issues,
    hint: text.hint,
    violations: text.violations,
    retry: text.retryable
      ? () => {
          void performWrite(plan, reason, env, confirmation);
        }
      : null,
  });
  return false;
}
