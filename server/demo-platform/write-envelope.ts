// Optimistic concurrency and audit stamps shared by every control write.
import type { z } from 'zod';
import type { ChangeStamp, WriteEnvelope } from '../../shared/platform-api/index.js';
import { failure } from './http-result.js';
import type { HandlerResult } from './http-result.js';

type Stamp = z.infer<typeof ChangeStamp>;
type Envelope = z.infer<typeof WriteEnvelope>;

/** 409 with the resource as it is now when the caller edited an older version; null when the versions match. */
export function versionConflict(current: Stamp, envelope: Envelope): HandlerResult | null {
  if (current.version === envelope.expectedVersion) return null;
  const when = new Date(current.updatedAt).toISOString();
  return failure(
    409,
    'version_conflict',
    `changed by ${current.updatedBy} at ${when}: ${current.reason} (now version ${current.version}, you expected ${envelope.expectedVersion})`,
    current,
  );
}

/** The stamp of an applied write: one version up, who, when and why. */
export function nextStamp(current: Stamp, envelope: Envelope, now: number): Stamp {
  return { version: current.version + 1, updatedAt: now, updatedBy: envelope.actor, reason: envelope.reason };
}
