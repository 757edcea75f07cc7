import { newIdempotencyKey } from './idempotency-key.js';
import { createIntentKeys } from './intent-keys.js';
import { performWrite, type WriteEnv, type WritePlan } from './perform-write.js';
import { beginWrite, endWrite, propose, type TypedConfirmation } from './writes-store.js';

const env: WriteEnv = {
  keys: createIntentKeys(() => newIdempotencyKey()),
  now: () => Date.now(),
  begin: beginWrite,
  end: endWrite,
};

export interface ProposalText {
  summary: string;
  consequence?: string;
  marks?: string[];
  confirmation?: TypedConfirmation;
}

/** Opens the reason panel beside the control; confirming it runs the write. */
export function proposeWrite<T>(text: ProposalText, plan: WritePlan<T>): void {
  propose({
    target: plan.target,
    ...text,
    proposed: plan.optimistic,
    submit: async (reason, confirmation) => {
      await performWrite(plan, reason, env, confirmation);
    },
  });
}

