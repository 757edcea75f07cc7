import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../shared/console-api.js';
import { profileFormFrom, ROLE_OPTIONS, toggleRegion, toProfileInput } from './profile-form.js';

const REGIONS = ['us-east', 'eu-west', 'ap-southeast'];

describe('profile form', () => {
  it('offers the roles of the contract', () => {
    expect([...ROLE_OPTIONS]).toEqual([...ROLES]);
  });

  it('starts from the session', () => {
    expect(profileFormFrom({ operator: 'ana', role: 'regional-manager', regions: ['eu-west'] })).toEqual({
      name: 'ana',
      role: 'regional-manager',
      regions: ['eu-west'],
    });
    expect(profileFormFrom({ operator: 'bo', role: 'on-call', regions: null }).regions).toEqual([]);
  });

  it('sends regions only for a regional manager, in the known order', () => {
    const form = toggleRegion(toggleRegion({ name: ' ana ', role: 'regional-manager', regions: [] }, 'ap-southeast', true), 'eu-west', true);
    expect(toProfileInput(form, REGIONS)).toEqual({ ok: true, profile: { name: 'ana', role: 'regional-manager', regions: ['eu-west', 'ap-southeast'] } });
    expect(toProfileInput({ ...form, role: 'on-call' }, REGIONS)).toEqual({ ok: true, profile: { name: 'ana', role: 'on-call', regions: null } });
  });

  it('says what is missing', () => {
    expect(toProfileInput({ name: '  ', role: 'regional-manager', regions: [] }, REGIONS)).toEqual({
      ok: false,
      problems: { name: 'enter the name the audit log records you as', regions: 'a regional manager needs at least one region' },
    });
    expect(toggleRegion({ name: 'a', role: 'viewer', regions: ['eu-west'] }, 'eu-west', false).regions).toEqual([]);
  });
});
