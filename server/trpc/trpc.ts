import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { RequestContext } from '../app-services.js';
import { ConflictCause, SafetyCause } from '../services/controls-errors.js';

const t = initTRPC.context<RequestContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      // Lets the UI put each message next to the input that caused it.
      message: cause instanceof ZodError ? cause.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ') : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        issues: cause instanceof ZodError ? cause.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) : undefined,
        conflict: cause instanceof ConflictCause ? { kind: 'version_conflict' as const, current: cause.current } : undefined,
        /** On PRECONDITION_FAILED: the safety rules that refused the change and/or the confirmation it needs. */
        safety: cause instanceof SafetyCause ? cause.detail : undefined,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
