import { describe, expect, it } from 'vitest';
import { permissionFor } from './permission.js';

describe('permissionFor', () => {
  it('lets the backend decide while the session is unknown', () => {
    expect(permissionFor(null, 'traffic')).toEqual({ allowed: true, why: null });
  });

  it('follows the role matrix, in the backend words', () => {
    const viewer = permissionFor({ role: 'viewer', regions: null }, 'flag', 'eu-west');
    expect(viewer.allowed).toBe(false);
    expect(viewer.why).toMatch(/^the viewer role cannot change feature flags/);
    expect(permissionFor({ role: 'on-call', regions: null }, 'traffic').allowed).toBe(true);
    expect(permissionFor({ role: 'on-call', regions: null }, 'traffic-override').allowed).toBe(true);
    expect(permissionFor({ role: 'release-manager', regions: null }, 'degradation', 'eu-west').allowed).toBe(false);
    expect(permissionFor({ role: 'viewer', regions: null }, 'audit-export').allowed).toBe(false);
    expect(permissionFor({ role: 'viewer', regions: null }, 'audit-verify').allowed).toBe(true);
  });

  it('keeps a regional manager to their regions, and off everywhere-changes', () => {
    const rm = { role: 'regional-manager' as const, regions: ['eu-west'] };
    expect(permissionFor(rm, 'degradation', 'eu-west').allowed).toBe(true);
    const elsewhere = permissionFor(rm, 'degradation', 'us-east');
    expect(elsewhere.allowed).toBe(false);
    expect(elsewhere.why).toMatch(/in us-east/);
    expect(permissionFor(rm, 'degradation-everywhere').allowed).toBe(false);
    expect(permissionFor(rm, 'flag-everywhere').allowed).toBe(false);
  });
});
