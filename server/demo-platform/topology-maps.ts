// Records keyed by every demo region or service. The one place that asserts such a record is complete.
import { DEMO_REGIONS, DEMO_SERVICES } from '../../shared/topology.js';
import type { DemoRegion, DemoService } from '../../shared/topology.js';

export function byRegion<T>(build: (region: DemoRegion) => T): Record<DemoRegion, T> {
  return Object.fromEntries(DEMO_REGIONS.map((r) => [r, build(r)])) as Record<DemoRegion, T>;
}

export function byService<T>(build: (service: DemoService) => T): Record<DemoService, T> {
  return Object.fromEntries(DEMO_SERVICES.map((s) => [s, build(s)])) as Record<DemoService, T>;
}

export function isDemoRegion(id: string): id is DemoRegion {
  return (DEMO_REGIONS as readonly string[]).includes(id);
}

export function isDemoService(id: string): id is DemoService {
  return (DEMO_SERVICES as readonly string[]).includes(id);
}
