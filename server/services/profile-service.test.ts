import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../store/audit-store.js';
import { createCache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { AuditTrail } from './audit-trail.js';
import { PROFILE_FILE_NAME } from './profile-file.js';
import { ProfileService } from './profile-service.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function service(fileContent?: string) {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanups.push(() => {
    cache.close();
    t.remove();
  });
  if (fileContent !== undefined) fs.writeFileSync(path.join(t.dir, PROFILE_FILE_NAME), fileContent);
  const warnings: string[] = [];
  const store = new AuditStore(cache.db);
  const profile = new ProfileService({
    dataDir: t.dir,
    defaults: { name: 'dana', role: 'on-call', regions: null },
    regions: ['us-east', 'eu-west'],
    trail: new AuditTrail(store, () => 1),
    warn: (m) => warnings.push(m),
  });
  return { profile, warnings, dir: t.dir, store };
}

describe('profile storage', () => {
  it('uses the defaults without a saved profile, silently', () => {
    const { profile, warnings } = service();
    expect(profile.current()).toEqual({ name: 'dana', role: 'on-call', regions: null });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['not JSON', '{"name": "x",', /is not valid JSON/],
    ['a wrong role', '{"name": "x", "role": "admin", "regions": null}', /is not a valid profile \(role: /],
    ['an array', '[]', /is not a valid profile/],
    ['an unknown region', '{"name": "x", "role": "regional-manager", "regions": ["mars"]}', /does not fit this platform \(unknown region "mars"/],
  ])('falls back to the defaults with a warning for %s', (_what, content, warning) => {
    const { profile, warnings } = service(content);
    expect(profile.current()).toEqual({ name: 'dana', role: 'on-call', regions: null });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
  });

  it('seeds the profile from the command line, audited only when it changes', async () => {
    const { profile, dir, store } = service();
    await profile.seed({ name: 'erin', role: 'viewer', regions: null });
    await profile.seed({ name: 'erin', role: 'viewer', regions: null });
    expect(store.list({}, 10).map((e) => [e.action, e.actor, e.reason])).toEqual([['profile.set', 'erin', 'set by --operator/--role at start']]);
    expect(profile.current()).toEqual({ name: 'erin', role: 'viewer', regions: null });
    expect(JSON.parse(fs.readFileSync(path.join(dir, PROFILE_FILE_NAME), 'utf8'))).toEqual({ name: 'erin', role: 'viewer', regions: null });
    await expect(profile.seed({ name: 'x', role: 'regional-manager', regions: ['mars'] })).rejects.toThrow(/does not fit this platform/);
  });
});
