import type { SliKind } from '../../shared/platform-api/sli.js';
import type { SloDefinition } from '../slo/slo-definition.js';

/** The services whose SLOs the demo platform's on-call rotation is paged for, and their objectives. */
const BUILT_IN: ReadonlyArray<{ service: string; sli: SliKind; objective: number }> = [
  { service: 'gateway', sli: 'availability', objective: 0.999 },
  { service: 'gateway', sli: 'latency', objective: 0.995 },
  { service: 'checkout', sli: 'availability', objective: 0.999 },
  { service: 'checkout', sli: 'latency', objective: 0.995 },
  { service: 'payments', sli: 'availability', objective: 0.999 },
  { service: 'payments', sli: 'latency', objective: 0.995 },
  { service: 'search', sli: 'availability', objective: 0.995 },
  { service: 'search', sli: 'latency', objective: 0.99 },
];

export const BUILT_IN_WINDOW_DAYS = 28;

export const sloId = (region: string, service: string, sli: string) => `${region}.${service}.${sli}`;

/** Built-in SLOs read the platform's native SLI series (or a Prometheus source configured for them). */
export function builtInSlos(regions: readonly string[]): SloDefinition[] {
  return regions.flatMap((region) =>
    BUILT_IN.map((s) => ({
      id: sloId(region, s.service, s.sli),
      name: `${s.service} ${s.sli}`,
      region,
      service: s.service,
      sli: s.sli,
      objective: s.objective,
      windowDays: BUILT_IN_WINDOW_DAYS,
      timeWindow: 'rolling' as const,
      binding: { kind: 'series' as const, region, service: s.service, sli: s.sli },
    })),
  );
}
