import { describe, expect, it } from 'vitest';
import {
  describeViolations,
  drainedRegions,
  pointsMoved,
  trafficConfirmation,
  trafficSafetyViolations,
  type RegionHealthFacts,
} from './traffic-safety-rules.js';

const regions = ['us-east', 'eu-west', 'ap-southeast'];
const before = { 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 };
const healthy: RegionHealthFacts = { services: [{ service: 'gateway', status: 'pass' }, { service: 'checkout', status: 'warn' }] };
const allHealthy = { 'us-east': healthy, 'eu-west': healthy, 'ap-southeast': healthy };
const rules = (after: Record<string, number>, health: Record<string, RegionHealthFacts | undefined> = allHealthy, from = before) =>
  trafficSafetyViolations({ regions, before: from, after, health }).map((v) => v.rule);

describe('points moved', () => {
  it.each([
    [{ 'us-east': 40, 'eu-west': 30, 'ap-southeast': 30 }, 0],
    [{ 'us-east': 50, 'eu-west': 10, 'ap-southeast': 40 }, 20],
    [{ 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 }, 60],
    [{ 'us-east': 30, 'eu-west': 40, 'ap-southeast': 30 }, 10],
  ])('%o moves %d points', (after, moved) => {
    expect(pointsMoved({ regions, before, after })).toBe(moved);
  });
});

describe('min-regions-with-traffic', () => {
  it('passes while two regions keep traffic, even with one drained', () => {
    expect(rules({ 'us-east': 55, 'eu-west': 0, 'ap-southeast': 45 }, allHealthy, { 'us-east': 45, 'eu-west': 10, 'ap-southeast': 45 })).toEqual([]);
  });

  it('refuses leaving one region, naming the one left', () => {
    const [v] = trafficSafetyViolations({ regions, before: { 'us-east': 80, 'eu-west': 10, 'ap-southeast': 10 }, after: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 }, health: allHealthy });
    expect(v).toEqual({ rule: 'min-regions-with-traffic', message: 'at least 2 regions must keep traffic (this leaves 1: us-east)' });
  });

  it('lets an operator climb out of a state that already breaks it', () => {
    const from = { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 };
    expect(rules({ 'us-east': 80, 'eu-west': 20, 'ap-southeast': 0 }, allHealthy, from)).toEqual([]);
    expect(rules({ 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 }, allHealthy, from)).toEqual([]);
  });

  it('never asks for more regions than there are', () => {
    expect(trafficSafetyViolations({ regions: ['solo'], before: { solo: 100 }, after: { solo: 100 }, health: {} })).toEqual([]);
  });
});

describe('max-points-per-change', () => {
  it('passes exactly 25 points and refuses 26, giving the deltas', () => {
    expect(rules({ 'us-east': 65, 'eu-west': 5, 'ap-southeast': 30 })).toEqual([]);
    const [v] = trafficSafetyViolations({ regions, before, after: { 'us-east': 66, 'eu-west': 4, 'ap-southeast': 30 }, health: allHealthy });
    expect(v?.rule).toBe('max-points-per-change');
    expect(v?.message).toBe('at most 25 points may move in one change (this moves 26: us-east +26, eu-west -26); move in smaller steps');
  });

  it('honours a configured limit', () => {
    const v = trafficSafetyViolations({ regions, before, after: { 'us-east': 50, 'eu-west': 20, 'ap-southeast': 30 }, health: allHealthy }, { minRegionsWithTraffic: 2, maxPointsPerChange: 5 });
    expect(v.map((x) => x.rule)).toEqual(['max-points-per-change']);
  });
});

describe('no-traffic-into-failing-region', () => {
  const failing: RegionHealthFacts = { services: [{ service: 'gateway', status: 'fail' }, { service: 'payments', status: 'fail' }, { service: 'cart', status: 'pass' }] };

  it('refuses more weight for a region where any service fails, naming the services', () => {
    const v = trafficSafetyViolations({ regions, before, after: { 'us-east': 30, 'eu-west': 40, 'ap-southeast': 30 }, health: { ...allHealthy, 'eu-west': failing } });
    expect(v).toEqual([{ rule: 'no-traffic-into-failing-region', message: 'eu-west is failing (gateway, payments: fail) and may not receive more traffic (30 → 40)' }]);
  });

  it('allows moving traffic away from a failing region, or leaving it as it is', () => {
    expect(rules({ 'us-east': 50, 'eu-west': 10, 'ap-southeast': 40 }, { ...allHealthy, 'eu-west': failing })).toEqual([]);
  });

  it('does not refuse a region whose health is unknown', () => {
    expect(rules({ 'us-east': 30, 'eu-west': 40, 'ap-southeast': 30 }, { ...allHealthy, 'eu-west': undefined })).toEqual([]);
  });
});

describe('several rules at once', () => {
  it('names every broken rule, in order', () => {
    const v = trafficSafetyViolations({
      regions,
      before,
      after: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 },
      health: { ...allHealthy, 'us-east': { services: [{ service: 'checkout', status: 'fail' }] } },
    });
    expect(v.map((x) => x.rule)).toEqual(['min-regions-with-traffic', 'max-points-per-change', 'no-traffic-into-failing-region']);
    expect(describeViolations(v)).toMatch(/^refused by safety rule min-regions-with-traffic: at least 2 regions/);
  });
});

describe('typed confirmation', () => {
  it('asks to type the drained regions, and nothing otherwise', () => {
    expect(trafficConfirmation({ regions, before, after: { 'us-east': 55, 'eu-west': 0, 'ap-southeast': 45 } })).toBe('eu-west');
    expect(drainedRegions({ regions, before, after: { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 } })).toEqual(['eu-west', 'ap-southeast']);
    expect(trafficConfirmation({ regions, before, after: { 'us-east': 50, 'eu-west': 20, 'ap-southeast': 30 } })).toBeNull();
    // Already drained: nothing new to confirm.
    expect(trafficConfirmation({ regions, before: { 'us-east': 60, 'eu-west': 0, 'ap-southeast': 40 }, after: { 'us-east': 55, 'eu-west': 0, 'ap-southeast': 45 } })).toBeNull();
  });
});
