import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.js';

describe('newIdempotencyKey', () => {
  it('uses randomUUID where it exists', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('falls back to getRandomValues outside secure contexts', () => {
    const insecure = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(a) };
    const a = newIdempotencyKey(insecure);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey(insecure)).not.toBe(a);
  });
});
