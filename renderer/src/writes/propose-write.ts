import { newIdempotencyKey } from './idempotency-key.js';
import { performWrite, type WriteEnv, type WritePlan } from './perform-write.js';
import { beginWrite, endWrite, propose } from './writes-store.js';

const env: WriteEnv = {
  newKey: () => newIdempotencyKey(),
  now: () => Date.now(),
  begin: beginWrite,
  end: endWrite,
};

/** Opens the reason panel beside the control; confirming it runs the write. */
export function proposeWrite<T>(
  text: { summary: string; consequence?: string },
  plan: WritePlan<T>,
): void {
  propose({
    target: plan.target,
    ...text,
    proposed: plan.optimistic,
    submit: async (reason) => {
      await performWrite(plan, reason, env);
    },
  });
}
