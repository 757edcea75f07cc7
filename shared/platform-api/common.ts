import { z } from 'zod';
import { idPattern } from '../topology.js';

export const Id = z.string().regex(idPattern, 'must be a lower-case id such as "us-east" or "checkout"');
export const EpochMs = z.number().int().nonnegative();
export const NonNegative = z.number().finite().nonnegative();
export const Ratio = z.number().finite().min(0).max(1);

/** Who changed a control resource last, and why. Present on every versioned resource. */
export const ChangeStamp = z.object({
  version: z.number().int().nonnegative(),
  updatedAt: EpochMs,
  updatedBy: z.string().max(200),
  reason: z.string().max(2000),
});

/** Body of every control write: the caller names the version it saw (optimistic concurrency). */
export const WriteEnvelope = z.object({
  expectedVersion: z.number().int().nonnegative(),
  actor: z.string().min(1).max(200),
  reason: z.string().min(1).max(2000),
});

/**
 * Error body of every non-2xx platform answer. `current` is the resource as it is now (409 only).
 * invalid = 400/405/413, unauthorized = 401, not_found = 404, version_conflict = 409, unavailable = 5xx.
 */
export const PlatformError = z.object({
  error: z.enum(['invalid', 'unauthorized', 'not_found', 'version_conflict', 'unavailable']),
  message: z.string(),
  current: z.unknown().optional(),
});
export type PlatformError = z.infer<typeof PlatformError>;
