import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.js';
import { Credentials } from './credentials.js';
import { loadOperatorsFile, parseOperators } from './operator-tokens.js';

const token = (c: string) => c.repeat(32);
const regions = ['us-east', 'eu-west'];

describe('operators file', () => {
  it('reads name, role, regions and token', () => {
    expect(parseOperators([{ name: 'rosa', role: 'regional-manager', regions: ['eu-west'], token: token('r') }, { name: 'vic', role: 'viewer', token: token('v') }], 'ops.json', regions)).toEqual([
      { token: token('r'), operator: { name: 'rosa', role: 'regional-manager', regions: ['eu-west'] } },
      { token: token('v'), operator: { name: 'vic', role: 'viewer', regions: null } },
    ]);
  });

  it('names the entry and field of every problem', () => {
    const attempt = () =>
      parseOperators(
        [
          { name: 'a', role: 'admin', token: token('a') },
          { name: 'b', role: 'viewer', token: 'short' },
          { name: 'c', role: 'on-call', regions: ['eu-west'], token: token('c') },
          { name: 'd', role: 'regional-manager', regions: ['mars'], token: token('d') },
          { name: 'e', role: 'viewer', token: token('d') },
          { name: 'e', role: 'viewer', token: token('f') },
          { name: 'g', role: 'viewer', token: token('g'), extra: 1 },
        ],
        'ops.json',
        regions,
      );
    expect(attempt).toThrow(/^ops\.json has problems:/);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (e) {
        return e instanceof Error ? e.message : '';
      }
    })();
    expect(message).toContain('entry 1 (a): role: role must be one of: viewer, regional-manager, release-manager, on-call');
    expect(message).toContain('entry 2 (b): token: the token must be at least 24 characters');
    expect(message).toContain('entry 3 (c): regions: only a regional-manager is scoped to regions');
    expect(message).toContain('entry 4 (d): regions: unknown region mars (known: us-east, eu-west)');
    expect(message).toContain('entry 5 (e): token: the same token is given to another operator');
    expect(message).toContain('entry 6 (e): name: another operator is called e');
    expect(message).toContain('entry 7 (g): entry: Unrecognized key: "extra"');
  });

  it('refuses a file that is not a JSON array, saying which', () => {
    const t = tempDir();
    afterEach(t.remove);
    const file = path.join(t.dir, 'ops.json');
    fs.writeFileSync(file, '{"name": "x"}');
    expect(() => loadOperatorsFile(file)).toThrow(`${file}: expected a JSON array of operators`);
    fs.writeFileSync(file, '[{');
    expect(() => loadOperatorsFile(file)).toThrow(`the operators file ${file} is not valid JSON`);
    expect(() => loadOperatorsFile(path.join(t.dir, 'missing.json'))).toThrow(/cannot read the operators file/);
  });
});

describe('credentials', () => {
  it('tells the launch secret, each token and strangers apart', () => {
    const c = new Credentials('launch-secret', parseOperators([{ name: 'vic', role: 'viewer', token: token('v') }], 'x'));
    expect(c.identify('launch-secret')).toEqual({ kind: 'launch' });
    expect(c.identify(token('v'))).toEqual({ kind: 'operator', operator: { name: 'vic', role: 'viewer', regions: null } });
    expect(c.identify(token('w'))).toBeNull();
    expect(c.identify(undefined)).toBeNull();
    expect(c.identify('')).toBeNull();
  });
});
