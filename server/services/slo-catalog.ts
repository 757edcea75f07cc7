import type { SliKind } from '../../shared/platform-api/sli.js';

export interface SloDefinition {
  id: string;
  region: string;
  service: string;
  sli: SliKind;
  objective: number;
  windowDays: number;
}

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

export const sloId = (region: string, service: string, sli: string) => `${region}.${service}.${sli}`;

export function builtInSlos(regions: readonly string[]): SloDefinition[] {
  return regions.flatMap((region) => BUILT_IN.map((s) => ({ ...s, region, id: sloId(region, s.service, s.sli), windowDays: 28 })));
}
