// Operator identity: the launch session's editable profile, and token sessions whose identity is fixed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { PROFILE_FILE_NAME } from '../../services/profile-file.js';
import { startHarness, type Harness } from '../../testing/core-harness.js';
import { newKey, rejection } from '../../testing/trpc-errors.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: 'steady' });
  await h.core.poller.pollAll();
});
afterAll(() => h.close());

describe('session', () => {
  it('starts with the default profile, editable', async () => {
    expect(await h.profileCaller().session.get()).toMatchObject({ operator: 'operator', role: 'on-call', regions: null, canEditProfile: true, mode: 'server', platform: 'demo' });
  });

  it('saves a new profile, audited, and the session acts as it at once', async () => {
    const s = await h.profileCaller().session.setProfile({ name: 'rosa', role: 'regional-manager', regions: ['eu-west'] });
    expect(s).toMatchObject({ operator: 'rosa', role: 'regional-manager', regions: ['eu-west'], canEditProfile: true });
    const saved = JSON.parse(fs.readFileSync(path.join(h.dataDir, PROFILE_FILE_NAME), 'utf8')) as unknown;
    expect(saved).toEqual({ name: 'rosa', role: 'regional-manager', regions: ['eu-west'] });
    expect((await h.caller().audit.list({ limit: 1 })).entries[0]).toMatchObject({
      actor: 'operator', action: 'profile.set', target: 'operator/profile', result: 'applied',
      before: { name: 'operator', role: 'on-call', regions: null }, after: { name: 'rosa', role: 'regional-manager', regions: ['eu-west'] },
    });
    const rosa = h.profileCaller();
    expect(await rosa.session.get()).toMatchObject({ operator: 'rosa', regions: ['eu-west'] });
    const e = await rejection(rosa.controls.setDegradation({ region: 'us-east', mode: 'degraded', expectedVersion: 1, reason: 'not my region', idempotencyKey: newKey() }));
    expect(e.code).toBe('FORBIDDEN');
  });

  it('keeps the profile across a restart', async () => {
    h.restartCore();
    expect(await h.profileCaller().session.get()).toMatchObject({ operator: 'rosa', role: 'regional-manager' });
  });

  it('refuses unknown regions and drops regions that would mean nothing', async () => {
    const e = await rejection(h.profileCaller().session.setProfile({ name: 'rosa', role: 'regional-manager', regions: ['mars'] }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toBe('unknown region "mars" (known: us-east, eu-west, ap-southeast)');
    const s = await h.profileCaller().session.setProfile({ name: ' oscar ', role: 'on-call', regions: ['eu-west'] });
    expect(s).toMatchObject({ operator: 'oscar', role: 'on-call', regions: null });
    const bad = await rejection(h.profileCaller().session.setProfile({ name: '', role: 'on-call', regions: null }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.cause).toBeInstanceOf(ZodError);
  });

  it('answers a token session with its fixed identity and refuses to change it, recording the attempt', async () => {
    const vic = h.tokenCaller({ name: 'vic', role: 'viewer', regions: null });
    expect(await vic.session.get()).toMatchObject({ operator: 'vic', role: 'viewer', canEditProfile: false });
    const e = await rejection(vic.session.setProfile({ name: 'vic', role: 'on-call', regions: null }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.message).toMatch(/identity comes from its operator token/);
    expect((await h.caller().audit.list({ limit: 1 })).entries[0]).toMatchObject({ actor: 'vic', action: 'profile.set', result: 'refused' });
    expect(await h.profileCaller().session.get()).toMatchObject({ operator: 'oscar' });
  });
});
