import type { TrafficPreview, TrafficPreviewRegion } from '../../shared/controls-api.js';
import { expectedRps, headroom, rpsPerPoint } from '../../shared/domain/traffic-headroom.js';
import { trafficConfirmation, trafficSafetyViolations, type TrafficSafetyConfig } from '../../shared/domain/traffic-safety-rules.js';
import { trafficWeightProblems } from '../../shared/domain/traffic-weights.js';
import type { HealthStatus, HealthSnapshot, TrafficSplit } from '../../shared/platform-api/index.js';
import { entryService, type CapacityEstimator } from './safety-capacity.js';

const WORST: HealthStatus[] = ['fail', 'warn', 'pass'];

export interface PreviewFacts {
  regions: readonly string[];
  current: TrafficSplit | null;
  health: (region: string) => HealthSnapshot | null;
  capacity: CapacityEstimator;
  config: TrafficSafetyConfig;
}

/** What a proposed split would do, entirely from the cache: input problems, broken rules, load and headroom. */
export function previewTraffic(weights: Record<string, number>, facts: PreviewFacts): TrafficPreview {
  const { regions, current } = facts;
  const problems = trafficWeightProblems(weights, regions);
  if (!current) problems.push('the current traffic split is not known yet (no answer from the traffic manager so far); wait for the next poll');
  const before = current?.weights ?? {};
  const health = Object.fromEntries(regions.map((r) => [r, facts.health(r) ?? undefined]));
  const change = { regions, before, after: weights, health };

  const loads = regions.map((r) => {
    const entry = entryService(health[r]?.services ?? []);
    return { region: r, service: entry?.service ?? null, rps: entry?.requestsPerSecond ?? null, weight: before[r] ?? 0 };
  });
  const perPoint = rpsPerPoint(loads);
  const rows: TrafficPreviewRegion[] = loads.map((l) => {
    const statuses = health[l.region]?.services.map((s) => s.status) ?? [];
    const weightAfter = weights[l.region] ?? 0;
    const rpsAfter = Number.isFinite(weightAfter) ? expectedRps(l.rps, l.weight, weightAfter, perPoint) : null;
    return {
      region: l.region,
      weightBefore: l.weight,
      weightAfter,
      status: WORST.find((w) => statuses.includes(w)) ?? null,
      rpsNow: l.rps,
      rpsAfter,
      headroomAfter: l.service === null ? null : headroom(rpsAfter, facts.capacity.capacity(l.region, l.service)),
    };
  });

  const valid = problems.length === 0;
  return {
    problems,
    violations: valid ? trafficSafetyViolations(change, facts.config) : [],
    regions: rows,
    confirmationRequired: valid ? trafficConfirmation(change) : null,
  };
}
