// Every cell of docs/permissions.md, through the API. Writes use a stale expected version (0), so a call that
// passes the role check is stopped by the platform's version check (CONFLICT) and changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/console-api.js';
import { ALL_REGIONS_CONFIRMATION } from '../../../shared/controls-api.js';
import { CONTROL_ACTIONS, type ControlAction } from '../../../shared/domain/permissions.js';
import { DEMO_REGIONS } from '../../../shared/topology.js';
import { startHarness, type Caller, type Harness } from '../../testing/core-harness.js';

type Cell = 'yes' | 'no' | 'own regions';

function readMatrix(): Record<string, Record<string, Cell>> {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/permissions.md');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines.find((l) => l.startsWith('| action |'));
  if (!header) throw new Error('docs/permissions.md has no permission table');
  const columns = header.split('|').map((c) => c.trim());
  const matrix: Record<string, Record<string, Cell>> = {};
  for (const line of lines.filter((l) => /^\| `[a-z-]+` \|/.test(l))) {
    const cells = line.split('|').map((c) => c.trim());
    const action = (cells[1] ?? '').replace(/`/g, '');
    matrix[action] = Object.fromEntries(ROLES.map((role) => [role, cells[columns.indexOf(role)] as Cell]));
  }
  return matrix;
}

let h: Harness;
let flagdContent = '';
beforeAll(async () => {
  h = await startHarness({ scenario: 'steady' });
  await h.core.poller.pollAll();
  // Importing a region's own export changes nothing: enough to see whether the role check lets it through.
  flagdContent = (await h.caller().controls.exportFlagd({ region: 'eu-west' })).content;
});
afterAll(() => h.close());

const key = () => `k-${Math.random().toString(36).slice(2)}`;
const write = () => ({ expectedVersion: 0, reason: 'permission matrix', idempotencyKey: key() });
const zeroVersions = Object.fromEntries(DEMO_REGIONS.map((r) => [r, 0]));

/** One call per action; `region` is where region-scoped actions act. */
function attempt(api: Caller, action: ControlAction, region: string, role: Role): Promise<unknown> {
  switch (action) {
    case 'flag':
      return api.controls.setFlag({ ...write(), region, key: 'guest-checkout', enabled: false });
    case 'flag-everywhere':
      return api.controls.setFlagEverywhere({ ...write(), key: 'guest-checkout', enabled: false, expectedVersions: zeroVersions });
    case 'degradation':
      return api.controls.setDegradation({ ...write(), region, mode: 'degraded' });
    case 'degradation-everywhere':
      return api.controls.setDegradationEverywhere({ ...write(), mode: 'degraded', expectedVersions: zeroVersions, confirmation: ALL_REGIONS_CONFIRMATION });
    case 'traffic':
      return api.controls.setTraffic({ ...write(), weights: { 'us-east': 45, 'eu-west': 25, 'ap-southeast': 30 } });
    case 'traffic-override':
      return api.controls.setTraffic({ ...write(), weights: { 'us-east': 45, 'eu-west': 25, 'ap-southeast': 30 }, override: { reason: 'matrix break glass' } });
    case 'canary':
      return api.canary.act({ ...write(), region, canaryId: 'search-4.3.0', action: 'pause' });
    case 'flags-import':
      return api.controls.importFlagd({ region, content: flagdContent, dryRun: false, reason: 'permission matrix', idempotencyKey: key() });
    case 'audit-read':
      return api.audit.list({ limit: 5 });
    case 'audit-export':
      return api.audit.export({ format: 'json' });
    case 'audit-verify':
      return api.audit.verify();
    case 'profile':
      return api.session.setProfile({ name: 'matrix', role, regions: role === 'regional-manager' ? ['eu-west'] : null });
  }
}

async function outcome(p: Promise<unknown>): Promise<'forbidden' | 'passed'> {
  try {
    await p;
    return 'passed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // Anything but FORBIDDEN means the role check let it through (the stale version then stopped it).
    return error.code === 'FORBIDDEN' ? 'forbidden' : 'passed';
  }
}

const matrix = readMatrix();

describe('the permission matrix of docs/permissions.md, through the API', () => {
  it('lists every action', () => {
    expect(Object.keys(matrix).sort()).toEqual([...CONTROL_ACTIONS].sort());
  });

  for (const action of CONTROL_ACTIONS) {
    for (const role of ROLES) {
      const cell = matrix[action]?.[role] ?? 'no';
      it(`${role} × ${action}: ${cell}`, async () => {
        const api = h.caller(role, `matrix-${role}`, role === 'regional-manager' ? ['eu-west'] : null);
        expect(await outcome(attempt(api, action, 'eu-west', role))).toBe(cell === 'no' ? 'forbidden' : 'passed');
        if (cell === 'own regions') expect(await outcome(attempt(api, action, 'us-east', role))).toBe('forbidden');
      });
    }
  }

  it('changed nothing on the platform', async () => {
    const view = await h.caller().controls.get();
    expect(view.traffic?.value.version).toBe(1);
    for (const r of view.regions) {
      expect(r.degradation?.value.version).toBe(1);
      expect(r.flags?.value.every((f) => f.version === 1)).toBe(true);
    }
  });
});
