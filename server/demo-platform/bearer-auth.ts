// Optional bearer token on every request, compared in constant time.
import { timingSafeEqual } from 'node:crypto';

export function bearerAccepted(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const match = /^Bearer (.+)$/i.exec(header ?? '');
  const given = Buffer.from(match?.[1] ?? '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
