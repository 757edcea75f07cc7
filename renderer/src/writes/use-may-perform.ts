import type { ControlAction } from '../../../shared/domain/permissions.js';
import { useSession } from '../stores/session-store.js';
import { permissionFor, type Permission, type SessionScope } from './permission.js';

/** The operator's role and region scope; null until the session is known. */
export function useSessionScope(): SessionScope | null {
  const session = useSession((s) => s.session);
  return session === null ? null : { role: session.role, regions: session.regions };
}

/**
 * Mirrors the backend's role and region check to disable what would be refused anyway. Until the session is
 * known the controls stay enabled: the backend decides, and its FORBIDDEN message shows next to the control.
 */
export function useMayPerform(action: ControlAction, region?: string): Permission {
  return permissionFor(useSessionScope(), action, region);
}
