import { mayPerform, type ControlAction } from '../../../shared/domain/permissions.js';
import { useSession } from '../stores/session-store.js';

/**
 * Mirrors the backend's role check to disable what would be refused anyway. Until the session is known the
 * controls stay enabled: the backend decides, and its FORBIDDEN message shows next to the control.
 */
export function useMayPerform(action: ControlAction): { allowed: boolean; why: string | null } {
  const role = useSession((s) => s.session?.role ?? null);
  if (role === null || mayPerform(role, action)) return { allowed: true, why: null };
  return { allowed: false, why: `the ${role} role cannot change ${action} settings` };
}
