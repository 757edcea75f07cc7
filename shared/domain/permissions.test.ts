import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../console-api.js';
import { CONTROL_ACTIONS, mayPerform, refusalFor, type ControlAction } from './permissions.js';

/** The matrix of docs/permissions.md, cell by cell. The router test checks the same table through the API. */
const EXPECTED: Record<Role, Record<ControlAction, boolean>> = {
  'on-call': Object.fromEntries(CONTROL_ACTIONS.map((a) => [a, true])) as Record<ControlAction, boolean>,
  'release-manager': {
    flag: true, 'flag-everywhere': true, degradation: false, 'degradation-everywhere': false, traffic: false, 'traffic-override': false,
    canary: true, 'flags-import': true, 'audit-read': true, 'audit-export': true, 'audit-verify': true, profile: true,
  },
  'regional-manager': {
    flag: true, 'flag-everywhere': false, degradation: true, 'degradation-everywhere': false, traffic: false, 'traffic-override': false,
    canary: false, 'flags-import': false, 'audit-read': true, 'audit-export': true, 'audit-verify': true, profile: true,
  },
  viewer: {
    flag: false, 'flag-everywhere': false, degradation: false, 'degradation-everywhere': false, traffic: false, 'traffic-override': false,
    canary: false, 'flags-import': false, 'audit-read': true, 'audit-export': false, 'audit-verify': true, profile: true,
  },
};

describe('permission matrix', () => {
  for (const role of ROLES) {
    for (const action of CONTROL_ACTIONS) {
      it(`${role} × ${action} → ${EXPECTED[role][action] ? 'allowed' : 'refused'}`, () => {
        expect(mayPerform(role, action)).toBe(EXPECTED[role][action]);
        expect(refusalFor({ role, regions: null }, action, 'us-east') === null).toBe(EXPECTED[role][action]);
      });
    }
  }

  it('scopes a regional manager to its regions', () => {
    const rm = { role: 'regional-manager' as const, regions: ['eu-west'] };
    expect(refusalFor(rm, 'flag', 'eu-west')).toBeNull();
    expect(refusalFor(rm, 'degradation', 'eu-west')).toBeNull();
    expect(refusalFor(rm, 'flag', 'us-east')).toBe('this regional manager cannot change feature flags in us-east (its regions: eu-west); ask an on-call engineer');
    expect(refusalFor(rm, 'degradation', 'ap-southeast')).toMatch(/in ap-southeast/);
    // Reading is not scoped.
    expect(refusalFor(rm, 'audit-read')).toBeNull();
  });

  it('says who could do it instead', () => {
    expect(refusalFor({ role: 'viewer', regions: null }, 'traffic')).toBe('the viewer role cannot move region traffic; ask someone with the on-call role');
    expect(refusalFor({ role: 'viewer', regions: null }, 'flag')).toMatch(/ask someone with the regional-manager or release-manager or on-call role/);
  });
});
