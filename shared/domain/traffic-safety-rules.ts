// The traffic safety rules, after Route 53 ARC's safety rules: each one either passes or refuses the change
// with a sentence that names the rule and gives the numbers. Pure: the caller supplies the current split and
// each region's cached health.
import type { SafetyViolation } from '../controls-api.js';
import type { HealthStatus } from '../platform-api/health.js';

export interface TrafficSafetyConfig {
  /** At least this many regions keep some traffic (capped at the number of regions). */
  minRegionsWithTraffic: number;
  /** At most this many percentage points move in one change (the sum of the increases). */
  maxPointsPerChange: number;
}

export const DEFAULT_TRAFFIC_SAFETY: TrafficSafetyConfig = { minRegionsWithTraffic: 2, maxPointsPerChange: 25 };

/** What the rules need to know of one region's health: each service's own status. */
export interface RegionHealthFacts {
  services: ReadonlyArray<{ service: string; status: HealthStatus }>;
}

export interface TrafficChange {
  regions: readonly string[];
  before: Readonly<Record<string, number>>;
  after: Readonly<Record<string, number>>;
  /** Cached health per region; a region without an entry has unknown health. */
  health: Readonly<Record<string, RegionHealthFacts | undefined>>;
}

const weight = (w: Readonly<Record<string, number>>, region: string) => w[region] ?? 0;

/** Points moved = the sum of the positive deltas (equal to the sum of the negative ones when both sum to 100). */
export function pointsMoved(change: Pick<TrafficChange, 'regions' | 'before' | 'after'>): number {
  return change.regions.reduce((sum, r) => sum + Math.max(0, weight(change.after, r) - weight(change.before, r)), 0);
}

function withTraffic(w: Readonly<Record<string, number>>, regions: readonly string[]): string[] {
  return regions.filter((r) => weight(w, r) > 0);
}

function minRegionsRule(change: TrafficChange, config: TrafficSafetyConfig): SafetyViolation | null {
  const min = Math.min(config.minRegionsWithTraffic, change.regions.length);
  const after = withTraffic(change.after, change.regions);
  const before = withTraffic(change.before, change.regions);
  // A change that leaves at least as many regions with traffic as now never makes things worse: it is how an
  // operator climbs back out of a state that already breaks the rule.
  if (after.length >= min || after.length >= before.length) return null;
  return {
    rule: 'min-regions-with-traffic',
    message: `at least ${min} regions must keep traffic (this leaves ${after.length}${after.length > 0 ? `: ${after.join(', ')}` : ''})`,
  };
}

function maxPointsRule(change: TrafficChange, config: TrafficSafetyConfig): SafetyViolation | null {
  const moved = pointsMoved(change);
  if (moved <= config.maxPointsPerChange) return null;
  const deltas = change.regions
    .map((r) => ({ r, d: weight(change.after, r) - weight(change.before, r) }))
    .filter((x) => x.d !== 0)
    .map((x) => `${x.r} ${x.d > 0 ? '+' : ''}${x.d}`);
  return {
    rule: 'max-points-per-change',
    message: `at most ${config.maxPointsPerChange} points may move in one change (this moves ${moved}: ${deltas.join(', ')}); move in smaller steps`,
  };
}

/**
 * A region where any service reports `fail` gets no more traffic: a shopper's visit crosses every service, so a
 * failing checkout or payments service fails the extra shoppers as surely as a failing gateway. Unknown health
 * (nothing cached) does not refuse; the preview shows it as unknown.
 */
function failingRegionRule(change: TrafficChange): SafetyViolation[] {
  return change.regions.flatMap((r) => {
    const from = weight(change.before, r);
    const to = weight(change.after, r);
    const failing = change.health[r]?.services.filter((s) => s.status === 'fail').map((s) => s.service) ?? [];
    if (to <= from || failing.length === 0) return [];
    return [
      {
        rule: 'no-traffic-into-failing-region' as const,
        message: `${r} is failing (${failing.join(', ')}: fail) and may not receive more traffic (${from} → ${to})`,
      },
    ];
  });
}

/** Every rule the change breaks, in a stable order; empty when the change is safe. */
export function trafficSafetyViolations(change: TrafficChange, config: TrafficSafetyConfig = DEFAULT_TRAFFIC_SAFETY): SafetyViolation[] {
  return [minRegionsRule(change, config), maxPointsRule(change, config), ...failingRegionRule(change)].filter(
    (v): v is SafetyViolation => v !== null,
  );
}

/** Regions the change drains to 0 (they had traffic): the operator must type their names to confirm. */
export function drainedRegions(change: Pick<TrafficChange, 'regions' | 'before' | 'after'>): string[] {
  return change.regions.filter((r) => weight(change.before, r) > 0 && weight(change.after, r) === 0);
}

/** The text to type to confirm the change, null when no typed confirmation is needed. */
export function trafficConfirmation(change: Pick<TrafficChange, 'regions' | 'before' | 'after'>): string | null {
  const drained = drainedRegions(change);
  return drained.length === 0 ? null : drained.join(', ');
}

/** "refused by safety rule max-points-per-change: …; refused by safety rule …" */
export function describeViolations(violations: readonly SafetyViolation[]): string {
  return violations.map((v) => `refused by safety rule ${v.rule}: ${v.message}`).join('; ');
}
