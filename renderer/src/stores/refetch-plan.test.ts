import { describe, expect, it } from 'vitest';
import { refetchPlan, type StoreKey } from './refetch-plan.js';

const ALL = new Set<StoreKey>(['overview', 'sources', 'controls', 'canaries', 'slos', 'kpis']);

describe('refetchPlan', () => {
  it('refetches only sources when nothing changed', () => {
    expect(refetchPlan([], ALL)).toEqual(['sources']);
  });

  it('lets the overview bring the sources along', () => {
    expect(refetchPlan(['health'], ALL)).toEqual(['overview']);
  });

  it('maps feeds to stores once each', () => {
    expect(refetchPlan(['controls', 'traffic', 'sli'], ALL).sort()).toEqual(['controls', 'overview', 'slos']);
    expect(refetchPlan(['kpi'], ALL).sort()).toEqual(['kpis', 'sources']);
  });

  it('refreshes the live effect of degradation modes on health, KPI and controls ticks', () => {
    const withEffects = new Set<StoreKey>([...ALL, 'effects']);
    expect(refetchPlan(['kpi'], withEffects).sort()).toEqual(['effects', 'kpis', 'sources']);
    expect(refetchPlan(['health'], withEffects).sort()).toEqual(['effects', 'overview']);
    expect(refetchPlan(['traffic'], withEffects).sort()).toEqual(['controls', 'overview']);
  });

  it('skips stores no page has loaded', () => {
    expect(refetchPlan(['kpi', 'canary'], new Set<StoreKey>(['overview', 'sources']))).toEqual(['overview']);
  });
});
