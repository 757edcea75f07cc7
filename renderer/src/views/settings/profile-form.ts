// The operator profile as edited in Settings → OperatorProfileInput. Only regional managers have a region
// scope; every other role acts everywhere (regions: null).
import type { Role, SessionInfo } from '../../../../shared/console-api.js';
import type { OperatorProfile } from '../../../../shared/controls-api.js';

/** Mirrors ROLES in the contract (imported there with zod, which the renderer does not load). */
export const ROLE_OPTIONS: readonly Role[] = ['viewer', 'regional-manager', 'release-manager', 'on-call'];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer — sees everything, changes nothing',
  'regional-manager': 'Regional manager — flags and degradation in their regions',
  'release-manager': 'Release manager — flags and canaries',
  'on-call': 'On-call engineer — every control, and break glass',
};

export interface ProfileForm {
  name: string;
  role: Role;
  regions: string[];
}

export function isRole(v: string): v is Role {
  return (ROLE_OPTIONS as readonly string[]).includes(v);
}

export function profileFormFrom(session: Pick<SessionInfo, 'operator' | 'role' | 'regions'>): ProfileForm {
  return { name: session.operator, role: session.role, regions: session.regions ? [...session.regions] : [] };
}

export type ProfileValidation = { ok: true; profile: OperatorProfile } | { ok: false; problems: { name?: string; regions?: string } };

export function toProfileInput(form: ProfileForm, knownRegions: readonly string[]): ProfileValidation {
  const problems: { name?: string; regions?: string } = {};
  const name = form.name.trim();
  if (name === '') problems.name = 'enter the name the audit log records you as';
  else if (name.length > 100) problems.name = 'keep the name under 100 characters';
  const scoped = form.role === 'regional-manager';
  // Keep the order of the known regions, whatever order they were ticked in.
  const regions = knownRegions.filter((r) => form.regions.includes(r));
  if (scoped && regions.length === 0) problems.regions = 'a regional manager needs at least one region';
  if (problems.name || problems.regions) return { ok: false, problems };
  return { ok: true, profile: { name, role: form.role, regions: scoped ? regions : null } };
}

export function toggleRegion(form: ProfileForm, region: string, on: boolean): ProfileForm {
  const regions = on ? [...new Set([...form.regions, region])] : form.regions.filter((r) => r !== region);
  return { ...form, regions };
}
