/**
 * A fresh key per confirmed write, so a retried request is applied at most once. `crypto.randomUUID` exists
 * only in secure contexts: loopback qualifies, but `meridian serve --host` reached over plain http from another
 * machine does not, and writes must not break there — getRandomValues works in every context.
 */
interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

export function newIdempotencyKey(c: RandomSource = crypto): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
