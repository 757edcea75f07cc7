// Turns a zod failure into one message that names the offending field, e.g.
// "weights.us-east: Invalid input: expected number, received string".
import type { z } from 'zod';
import type { HandlerResult } from './http-result.js';
import { invalid } from './http-result.js';

export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; result: HandlerResult };

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, result: invalid(describeZodError(parsed.error)) };
}
