// PUT {region}/v1/flags/{key}
import { FlagWrite } from '../../shared/platform-api/index.js';
import type { DemoRegion } from '../../shared/topology.js';
import { parseBody } from './body-validation.js';
import { withRegion } from './control-state.js';
import type { ControlStore } from './control-store.js';
import { notFound, ok } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import { nextStamp, versionConflict } from './write-envelope.js';

export function writeFlag(store: ControlStore, region: DemoRegion, key: string, body: unknown): HandlerResult {
  const state = store.settle();
  const controls = state.regions[region];
  const flag = controls?.flags.find((f) => f.key === key);
  if (!controls || !flag) {
    const known = controls?.flags.map((f) => f.key).join(', ') ?? '';
    return notFound(`no flag "${key}" in ${region} (flags: ${known})`);
  }
  const parsed = parseBody(FlagWrite, body);
  if (!parsed.ok) return parsed.result;
  const conflict = versionConflict(flag, parsed.value);
  if (conflict) return conflict;
  const updated = { ...flag, ...nextStamp(flag, parsed.value, store.now()), enabled: parsed.value.enabled };
  store.commit(withRegion(state, region, { ...controls, flags: controls.flags.map((f) => (f.key === key ? updated : f)) }));
  return ok(updated);
}
