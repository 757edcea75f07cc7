// PUT {region}/v1/degradation
import { DegradationWrite } from '../../shared/platform-api/index.js';
import type { DemoRegion } from '../../shared/topology.js';
import { parseBody } from './body-validation.js';
import { withRegion } from './control-state.js';
import type { ControlStore } from './control-store.js';
import { notFound, ok } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import { nextStamp, versionConflict } from './write-envelope.js';

export function writeDegradation(store: ControlStore, region: DemoRegion, body: unknown): HandlerResult {
  const state = store.settle();
  const controls = state.regions[region];
  if (!controls) return notFound(`no controls for region ${region}`);
  const parsed = parseBody(DegradationWrite, body);
  if (!parsed.ok) return parsed.result;
  const conflict = versionConflict(controls.degradation, parsed.value);
  if (conflict) return conflict;
  const degradation = { ...nextStamp(controls.degradation, parsed.value, store.now()), mode: parsed.value.mode };
  store.commit(withRegion(state, region, { ...controls, degradation }));
  return ok(degradation);
}
