// PUT {trafficManager}/v1/traffic. With expiresAt the shift is temporary: it remembers the weights to return
// to, and the platform reverts by itself at expiry (see control-store.ts).
import { TrafficWrite } from '../../shared/platform-api/index.js';
import type { TrafficSplit } from '../../shared/platform-api/index.js';
import { DEMO_REGIONS } from '../../shared/topology.js';
import { parseBody } from './body-validation.js';
import type { ControlStore } from './control-store.js';
import { invalid, ok } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import { expiryProblem, trafficWeightProblems } from './traffic-rules.js';
import { nextStamp, versionConflict } from './write-envelope.js';

export function writeTraffic(store: ControlStore, body: unknown): HandlerResult {
  const state = store.settle();
  const parsed = parseBody(TrafficWrite, body);
  if (!parsed.ok) return parsed.result;
  const write = parsed.value;
  const problem = trafficWeightProblems(write.weights, DEMO_REGIONS) ?? expiryProblem(write.expiresAt, store.now());
  if (problem) return invalid(problem);
  const current = state.traffic;
  const conflict = versionConflict(current, write);
  if (conflict) return conflict;
  const temporary = write.expiresAt !== null && write.expiresAt !== undefined;
  // A temporary shift on top of another still returns to the last permanent split.
  const permanent = current.revertTo ?? current.weights;
  const traffic: TrafficSplit = {
    ...nextStamp(current, write, store.now()),
    weights: { ...write.weights },
    expiresAt: temporary ? (write.expiresAt ?? null) : null,
    revertTo: temporary ? { ...permanent } : null,
  };
  store.commit({ ...state, traffic });
  return ok(traffic);
}
