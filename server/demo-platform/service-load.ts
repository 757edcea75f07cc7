// Requests, errors and latency of each service in one region-minute. Each service is one or two variants
// (baseline, and a canary while one is deployed); the SLI counts and health figures are derived from them.
import { DEMO_SERVICES, HOUR_MS } from '../../shared/topology.js';
import type { DemoRegion, DemoService } from '../../shared/topology.js';
import { canaryBehaviour } from './canary-catalog.js';
import type { CanaryRecord } from './control-state.js';
import { SERVICE_PROFILES } from './demo-profiles.js';
import { fromPercentiles } from './latency-distribution.js';
import type { LogNormal } from './latency-distribution.js';
import { Channel, gaussianNoise, smoothNoise } from './noise.js';
import type { OperatorEffects } from './operator-effects.js';
import { regionIndex } from './regional-demand.js';
import { byService } from './topology-maps.js';
import type { ScenarioEffects } from './scenario-effects.js';

export interface Variant {
  share: number;
  errorRatio: number;
  latency: LogNormal;
}

export interface ServiceMinute {
  service: DemoService;
  requestsPerMinute: number;
  /** [baseline] or, while a canary takes traffic, [baseline, canary]. */
  variants: Variant[];
  /** Traffic-weighted error ratio over the variants. */
  errorRatio: number;
  /** Not called at all this minute (degradation or a kill switch). */
  bypassed: boolean;
}

export interface RegionConditions {
  seed: number;
  region: DemoRegion;
  minute: number;
  sessions: number;
  /** Sessions relative to the region's capacity (1 = at capacity). */
  utilisation: number;
  /** Sessions relative to what the region usually serves at this time (traffic shifts change it). */
  loadRatio: number;
  scenario: ScenarioEffects;
  operator: OperatorEffects;
  canaries: readonly CanaryRecord[];
}

interface Base {
  errorRatio: number;
  p50: number;
  p99: number;
}

const clampRatio = (x: number) => Math.min(1, Math.max(0, x));

function requestVolume(c: RegionConditions, service: DemoService, gatewayOk: number): number {
  let rpm = c.sessions * SERVICE_PROFILES[service].callsPerSession;
  if (service !== 'gateway') rpm *= gatewayOk;
  if (service === 'recommendations' && c.operator.recommendationsBypassed) rpm *= 0.05;
  if (service === 'promotions' && c.operator.promotionsBypassed) rpm *= 0.1;
  if (service === 'catalog') rpm *= c.operator.catalogFromCache ? 0.35 : c.operator.catalogExtendedTtl ? 0.7 : 1;
  return rpm;
}

function baseline(c: RegionConditions, service: DemoService): Base {
  const profile = SERVICE_PROFILES[service];
  const coords = [regionIndex(c.region), DEMO_SERVICES.indexOf(service)];
  const minuteIndex = c.minute / 60_000;
  const overload = Math.max(0, c.utilisation - 0.7);
  const drift = 1 + 0.06 * smoothNoise(c.seed, c.minute, 2 * HOUR_MS, Channel.latencyDrift, ...coords);
  const jitter = 1 + 0.03 * gaussianNoise(c.seed, Channel.latency, ...coords, minuteIndex);
  let p50 = profile.p50Ms * (1 + 0.35 * overload) * drift * jitter;
  let p99 = profile.p99Ms * (1 + 0.7 * overload) * drift * jitter;
  let errorRatio = profile.baseErrorRatio * Math.max(0, 1 + 0.2 * gaussianNoise(c.seed, Channel.errors, ...coords, minuteIndex));
  errorRatio += 0.004 * Math.max(0, c.utilisation - 1.3);

  const o = c.operator;
  if (service === 'catalog' && o.catalogFromCache) {
    p50 *= 0.6;
    p99 *= 0.7;
  }
  if (service === 'search' && o.personalisationOff) p50 *= 0.85;

  // Payment provider brownout: load-driven, so shedding load or bypassing dependencies relieves it.
  const pressure = c.scenario.paymentsBrownout * Math.min(2, c.loadRatio) * o.brownoutRelief;
  if (service === 'payments') {
    errorRatio += 0.09 * pressure;
    p50 += 500 * pressure;
    p99 += 2600 * pressure;
  }
  if (service === 'checkout') {
    errorRatio = errorRatio * o.checkoutErrorFactor + 0.062 * pressure;
    p50 += 220 * pressure;
    p99 += 1800 * pressure;
  }
  if (service === 'gateway' && c.scenario.gatewayOutage > 0) {
    const i = c.scenario.gatewayOutage;
    errorRatio += 0.38 * i;
    p50 *= 1 + 1.5 * i;
    p99 += 3200 * i;
  }
  return { errorRatio: clampRatio(errorRatio), p50, p99 };
}

function variants(c: RegionConditions, service: DemoService, base: Base): Variant[] {
  const baselineVariant = (share: number): Variant => ({ share, errorRatio: base.errorRatio, latency: fromPercentiles(base.p50, base.p99) });
  const canary = c.scenario.canariesDeployed ? c.canaries.find((k) => k.service === service && k.weight > 0) : undefined;
  if (!canary) return [baselineVariant(1)];
  const share = canary.weight / 100;
  const b = canaryBehaviour(canary.id);
  const wobble = 1 + 0.1 * gaussianNoise(c.seed, Channel.canary, regionIndex(c.region), DEMO_SERVICES.indexOf(service), c.minute / 60_000);
  const canaryVariant: Variant = {
    share,
    errorRatio: clampRatio(base.errorRatio + b.errorRatioDelta * wobble),
    latency: fromPercentiles(base.p50 * b.p50Factor, base.p99 * b.p99Factor),
  };
  // The baseline stays first even at 100 % (share 0), so readers always find it at index 0.
  return [baselineVariant(1 - share), canaryVariant];
}

function serviceMinute(c: RegionConditions, service: DemoService, gatewayOk: number): ServiceMinute {
  const vs = variants(c, service, baseline(c, service));
  const bypassed =
    (service === 'recommendations' && c.operator.recommendationsBypassed) || (service === 'promotions' && c.operator.promotionsBypassed);
  return {
    service,
    requestsPerMinute: requestVolume(c, service, gatewayOk),
    variants: vs,
    errorRatio: vs.reduce((s, v) => s + v.share * v.errorRatio, 0),
    bypassed,
  };
}

export function serviceLoads(c: RegionConditions): Record<DemoService, ServiceMinute> {
  // The gateway first: requests it fails never reach the services behind it.
  const gateway = serviceMinute(c, 'gateway', 1);
  return byService((service) => (service === 'gateway' ? gateway : serviceMinute(c, service, 1 - gateway.errorRatio)));
}
