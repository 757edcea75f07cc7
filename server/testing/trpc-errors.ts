import { TRPCError } from '@trpc/server';

/** The TRPCError a call rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(p: Promise<unknown>): Promise<TRPCError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** A fresh client-style idempotency key. */
export const newKey = () => `k-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
