// Mirrors the backend's role and region check (shared/domain/permissions.ts, the same matrix and sentences) to
// hide or disable what would be refused anyway. Never the only check: the backend decides every write.
import type { Role } from '../../../shared/console-api.js';
import { refusalFor, type ControlAction } from '../../../shared/domain/permissions.js';

export interface Permission {
  allowed: boolean;
  /** Why not, in the backend's words, for a tooltip or note. */
  why: string | null;
}

export interface SessionScope {
  role: Role;
  /** Regions the operator may change; null = every region. */
  regions: readonly string[] | null;
}

/** `region`: where a region-scoped action (a flag, a degradation mode, an import) would act. */
export function permissionFor(session: SessionScope | null, action: ControlAction, region?: string): Permission {
  // Until the session is known the controls stay enabled: the backend decides and says why next to them.
  if (session === null) return { allowed: true, why: null };
  const why = refusalFor(session, action, region);
  return { allowed: why === null, why };
}
