// GET {region}/v1/health: the current minute's state, with a little noise per poll (deterministic for a
// given poll time) so that live tiles move like real ones.
import type { HealthSnapshot, ServiceHealth } from '../../shared/platform-api/index.js';
import { DEMO_SERVICES, MINUTE_MS } from '../../shared/topology.js';
import type { DemoRegion } from '../../shared/topology.js';
import { SERVICE_PROFILES } from './demo-profiles.js';
import { breakerState, serviceStatus } from './health-status.js';
import { mixtureQuantile } from './latency-distribution.js';
import { Channel, gaussianNoise } from './noise.js';
import { regionIndex } from './regional-demand.js';
import type { Simulation } from './simulation.js';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function healthSnapshot(sim: Simulation, region: DemoRegion): HealthSnapshot {
  const now = sim.now();
  const model = sim.regionMinute(region, Math.floor(now / MINUTE_MS) * MINUTE_MS);
  const r = regionIndex(region);
  const jitter = (s: number, what: number, spread: number) => Math.max(0, 1 + spread * gaussianNoise(sim.inputs.seed, Channel.poll, r, s, what, now));
  // Error ratios as the service reports them this poll; breakers and status read the same values.
  const reported = DEMO_SERVICES.map((service, s) => Math.min(1, model.services[service].errorRatio * jitter(s, 0, 0.1)));

  const services: ServiceHealth[] = DEMO_SERVICES.map((service, s) => {
    const load = model.services[service];
    const profile = SERVICE_PROFILES[service];
    const wobble = jitter(s, 1, 0.02);
    const p50 = mixtureQuantile(load.variants, 0.5) * wobble;
    const p95 = mixtureQuantile(load.variants, 0.95) * wobble;
    const p99 = mixtureQuantile(load.variants, 0.99) * wobble;
    const breakers = profile.dependencies.map((dependency) => ({
      dependency,
      state: breakerState(reported[DEMO_SERVICES.indexOf(dependency)] ?? 0, model.services[dependency].bypassed),
    }));
    const errorRatio = reported[s] ?? 0;
    return {
      service,
      status: serviceStatus(errorRatio, p99, profile.latencyThresholdMs, breakers.map((b) => b.state)),
      requestsPerSecond: round((load.requestsPerMinute / 60) * jitter(s, 2, 0.03), 2),
      errorRatio: round(errorRatio, 6),
      latencyMs: { p50: round(p50, 1), p95: round(p95, 1), p99: round(p99, 1) },
      breakers,
    };
  });
  return { region, observedAt: now, services };
}
