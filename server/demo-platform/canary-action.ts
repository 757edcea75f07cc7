// POST {region}/v1/canaries/{id}/actions
import { CanaryActionRequest } from '../../shared/platform-api/index.js';
import type { DemoRegion } from '../../shared/topology.js';
import { parseBody } from './body-validation.js';
import { canaryWithMetrics } from './canary-list.js';
import { transition } from './canary-transitions.js';
import { withRegion } from './control-state.js';
import type { ControlStore } from './control-store.js';
import { invalid, notFound, ok } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import type { Simulation } from './simulation.js';
import { nextStamp, versionConflict } from './write-envelope.js';

export function actOnCanary(store: ControlStore, sim: Simulation, region: DemoRegion, id: string, body: unknown): HandlerResult {
  const state = store.settle();
  const controls = state.regions[region];
  const canary = controls?.canaries.find((c) => c.id === id);
  if (!controls || !canary) {
    const known = controls?.canaries.map((c) => c.id).join(', ') || 'none';
    return notFound(`no canary "${id}" in ${region} (canaries: ${known})`);
  }
  const parsed = parseBody(CanaryActionRequest, body);
  if (!parsed.ok) return parsed.result;
  const conflict = versionConflict(canary, parsed.value);
  if (conflict) return conflict;
  const next = transition(canary, parsed.value.action);
  if (!next.ok) return invalid(next.message);
  const updated = { ...canary, ...nextStamp(canary, parsed.value, store.now()), weight: next.weight, state: next.state };
  store.commit(withRegion(state, region, { ...controls, canaries: controls.canaries.map((c) => (c.id === id ? updated : c)) }));
  return ok(canaryWithMetrics(sim, region, updated));
}
