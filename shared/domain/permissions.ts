import type { Role } from '../console-api.js';

export type ControlAction = 'flag' | 'degradation' | 'traffic' | 'canary';

/** Who may change what. Enforced in the backend; the UI only mirrors it to hide buttons. */
const MATRIX: Record<Role, readonly ControlAction[]> = {
  viewer: [],
  'regional-manager': ['flag', 'degradation'],
  'release-manager': ['flag', 'canary'],
  'on-call': ['flag', 'degradation', 'traffic', 'canary'],
};

export function mayPerform(role: Role, action: ControlAction): boolean {
  return MATRIX[role].includes(action);
}
