import type { Role } from '../console-api.js';

/** Everything an operator can be allowed or refused. docs/permissions.md shows the same matrix as a table. */
export const CONTROL_ACTIONS = [
  'flag',
  'flag-everywhere',
  'degradation',
  'degradation-everywhere',
  'traffic',
  'traffic-override',
  'canary',
  'flags-import',
  'audit-read',
  'audit-export',
  'audit-verify',
  'profile',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/**
 * Who may do what. Enforced in the backend; the UI only mirrors it to hide buttons.
 * - Traffic is global, so only on-call moves it, and only on-call may break the glass on a safety rule.
 * - A regional manager changes flags and degradation in its own regions, never everywhere at once.
 * - Exporting the audit log takes who-did-what off the machine, so viewers may browse and verify it but not export.
 * - Everyone may set their own profile where the session allows it (a per-operator token fixes identity).
 */
const MATRIX: Record<Role, readonly ControlAction[]> = {
  viewer: ['audit-read', 'audit-verify', 'profile'],
  'regional-manager': ['flag', 'degradation', 'audit-read', 'audit-export', 'audit-verify', 'profile'],
  'release-manager': ['flag', 'flag-everywhere', 'canary', 'flags-import', 'audit-read', 'audit-export', 'audit-verify', 'profile'],
  'on-call': [...CONTROL_ACTIONS],
};

/** Actions on one region; a role scoped to regions may perform them only there. */
const REGION_SCOPED: ReadonlySet<ControlAction> = new Set(['flag', 'degradation', 'canary', 'flags-import']);

export interface Actor {
  role: Role;
  /** Regions a regional manager may change; null = every region. */
  regions: readonly string[] | null;
}

/** Whether the role may perform the action at all (in some region). */
export function mayPerform(role: Role, action: ControlAction): boolean {
  return MATRIX[role].includes(action);
}

const ACTION_WORDS: Record<ControlAction, string> = {
  flag: 'change feature flags',
  'flag-everywhere': 'change a feature flag in every region at once',
  degradation: 'change checkout degradation mode',
  'degradation-everywhere': 'change degradation mode in every region at once',
  traffic: 'move region traffic',
  'traffic-override': 'override a traffic safety rule (break glass)',
  canary: 'act on canary releases',
  'flags-import': 'import feature flags',
  'audit-read': 'read the audit log',
  'audit-export': 'export the audit log',
  'audit-verify': 'verify the audit log',
  profile: 'change the operator profile',
};

const WHO_CAN: Record<ControlAction, string> = Object.fromEntries(
  [...CONTROL_ACTIONS].map((a) => [a, (Object.keys(MATRIX) as Role[]).filter((r) => MATRIX[r].includes(a)).join(' or ')]),
) as Record<ControlAction, string>;

/**
 * null when the actor may perform the action (in `region`, for region-scoped actions), otherwise the sentence
 * to show: what was refused and whom to ask.
 */
export function refusalFor(actor: Actor, action: ControlAction, region?: string): string | null {
  if (!mayPerform(actor.role, action)) {
    return `the ${actor.role} role cannot ${ACTION_WORDS[action]}; ask someone with the ${WHO_CAN[action]} role`;
  }
  const scope = actor.role === 'regional-manager' ? actor.regions : null;
  if (scope !== null && REGION_SCOPED.has(action) && (region === undefined || !scope.includes(region))) {
    const where = region === undefined ? 'outside its regions' : `in ${region}`;
    return `this regional manager cannot ${ACTION_WORDS[action]} ${where} (its regions: ${scope.join(', ')}); ask an on-call engineer`;
  }
  return null;
}

export function isRegionScoped(action: ControlAction): boolean {
  return REGION_SCOPED.has(action);
}
