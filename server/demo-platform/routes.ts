// The route table of the demo platform. Path parameters are matched here; unknown regions are refused here,
// so handlers only ever see demo regions.
import type { Scenario } from '../../shared/scenarios.js';
import { DEMO_REGIONS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import { actOnCanary } from './canary-action.js';
import { canaryList } from './canary-list.js';
import type { ControlStore } from './control-store.js';
import { writeDegradation } from './degradation-write.js';
import type { FaultEndpoint } from './faults.js';
import { writeFlag } from './flag-write.js';
import { healthSnapshot } from './health-snapshot.js';
import { failure, notFound, ok } from './http-result.js';
import type { HandlerResult } from './http-result.js';
import { kpiBatch } from './kpi-batch.js';
import { metricsResult } from './metrics-route.js';
import { parseRangeQuery } from './range-query.js';
import { sliBatch } from './sli-batch.js';
import type { Simulation } from './simulation.js';
import { isDemoRegion } from './topology-maps.js';
import { writeTraffic } from './traffic-write.js';

export interface RouteDeps {
  sim: Simulation;
  store: ControlStore;
  scenario: Scenario;
}

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

type Method = 'GET' | 'PUT' | 'POST';

interface RouteBase {
  method: Method;
  /** Segments; ':name' captures one segment. */
  pattern: readonly string[];
  /** Also the name faults are set on; null = no faults (the liveness probe). */
  name: FaultEndpoint | null;
}
type RegionalRoute = RouteBase & { scope: 'region'; handle(deps: RouteDeps, region: DemoRegion, req: RouteRequest): HandlerResult };
type GlobalRoute = RouteBase & { scope: 'global'; handle(deps: RouteDeps, req: RouteRequest): HandlerResult };
type RouteSpec = RegionalRoute | GlobalRoute;

const regional = (...rest: string[]) => ['regions', ':region', 'v1', ...rest];
const withRange = (req: RouteRequest, build: (range: { from: number; to: number }) => unknown): HandlerResult => {
  const range = parseRangeQuery(req.query);
  return range.ok ? ok(build(range.value)) : range.result;
};

const ROUTES: readonly RouteSpec[] = [
  { scope: 'global', method: 'GET', pattern: ['healthz'], name: null, handle: (d) => ok({ ok: true, scenario: d.scenario }) },
  { scope: 'global', method: 'GET', pattern: ['metrics'], name: null, handle: (d) => metricsResult(d.sim) },
  { scope: 'region', method: 'GET', pattern: regional('health'), name: 'health', handle: (d, r) => ok(healthSnapshot(d.sim, r)) },
  { scope: 'region', method: 'GET', pattern: regional('sli'), name: 'sli', handle: (d, r, q) => withRange(q, (range) => sliBatch(d.sim, r, range)) },
  { scope: 'region', method: 'GET', pattern: regional('kpis'), name: 'kpis', handle: (d, r, q) => withRange(q, (range) => kpiBatch(d.sim, r, range)) },
  { scope: 'region', method: 'GET', pattern: regional('canaries'), name: 'canaries', handle: (d, r) => ok(canaryList(d.sim, r)) },
  {
    scope: 'region',
    method: 'POST',
    pattern: regional('canaries', ':id', 'actions'),
    name: 'canary-action',
    handle: (d, r, q) => actOnCanary(d.store, d.sim, r, q.params.id ?? '', q.body),
  },
  {
    scope: 'region',
    method: 'GET',
    pattern: regional('controls'),
    name: 'controls',
    handle: (d, r) => {
      const controls = d.store.settle().regions[r];
      return controls ? ok({ region: r, flags: controls.flags, degradation: controls.degradation }) : notFound(`no controls for ${r}`);
    },
  },
  { scope: 'region', method: 'PUT', pattern: regional('flags', ':key'), name: 'flag', handle: (d, r, q) => writeFlag(d.store, r, q.params.key ?? '', q.body) },
  { scope: 'region', method: 'PUT', pattern: regional('degradation'), name: 'degradation', handle: (d, r, q) => writeDegradation(d.store, r, q.body) },
  { scope: 'global', method: 'GET', pattern: ['global', 'v1', 'traffic'], name: 'traffic', handle: (d) => ok(d.store.settle().traffic) },
  { scope: 'global', method: 'PUT', pattern: ['global', 'v1', 'traffic'], name: 'traffic-write', handle: (d, q) => writeTraffic(d.store, q.body) },
];

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] ?? '';
    const s = segments[i] ?? '';
    if (p.startsWith(':')) params[p.slice(1)] = s;
    else if (p !== s) return null;
  }
  return params;
}

export interface MatchedRoute {
  name: FaultEndpoint | null;
  method: Method;
  /** Where faults for this request are looked up: the region, or 'global' for the traffic manager. */
  faultTarget: string;
  run(deps: RouteDeps, query: URLSearchParams, body: unknown): HandlerResult;
}

/** The route for a request, or the 404/405 answer. */
export function matchRoute(method: string, segments: readonly string[]): MatchedRoute | HandlerResult {
  const allowed: Method[] = [];
  for (const spec of ROUTES) {
    const params = matchPattern(spec.pattern, segments);
    if (!params) continue;
    if (spec.method !== method) {
      allowed.push(spec.method);
      continue;
    }
    const base = { name: spec.name, method: spec.method };
    if (spec.scope === 'global') {
      return { ...base, faultTarget: 'global', run: (deps, query, body) => spec.handle(deps, { params, query, body }) };
    }
    const region = params.region ?? '';
    if (!isDemoRegion(region)) return notFound(`unknown region "${region.slice(0, 64)}" (regions: ${DEMO_REGIONS.join(', ')})`);
    return { ...base, faultTarget: region, run: (deps, query, body) => spec.handle(deps, region, { params, query, body }) };
  }
  if (allowed.length > 0) return failure(405, 'invalid', `${method} is not supported here; use ${allowed.join(' or ')}`);
  return notFound(`no such route: /${segments.join('/').slice(0, 200)}`);
}

export function isRouteResult(m: MatchedRoute | HandlerResult): m is HandlerResult {
  return 'status' in m;
}
