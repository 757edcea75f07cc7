import { describe, expect, it } from 'vitest';
import type { Canary } from '../../../../shared/platform-api/index.js';
import { allowedActions, currentStepIndex, predictCanary } from './canary-ramp.js';

const metrics = { requestsPerSecond: 10, errorRatio: 0.01, latencyP99Ms: 300 };
const canary: Canary = {
  id: 'checkout-v2-14',
  service: 'checkout',
  baselineVersion: '2.13.4',
  canaryVersion: '2.14.0',
  steps: [5, 25, 50, 100],
  weight: 25,
  state: 'progressing',
  canary: metrics,
  baseline: metrics,
  version: 3,
  updatedAt: 0,
  updatedBy: 'ana',
  reason: 'ramp',
};

describe('currentStepIndex', () => {
  it.each([
    [0, -1],
    [5, 0],
    [24, 0],
    [25, 1],
    [50, 2],
    [100, 3],
  ])('weight %d → step %d', (weight, index) => {
    expect(currentStepIndex([5, 25, 50, 100], weight)).toBe(index);
  });
});

describe('predictCanary', () => {
  it('promotes to the next step and to promoted at 100', () => {
    expect(predictCanary(canary, 'promote')).toMatchObject({ weight: 50, state: 'progressing' });
    expect(predictCanary({ ...canary, weight: 50 }, 'promote')).toMatchObject({ weight: 100, state: 'promoted' });
  });
  it('pauses, resumes and aborts', () => {
    expect(predictCanary(canary, 'pause').state).toBe('paused');
    expect(predictCanary({ ...canary, state: 'paused' }, 'resume').state).toBe('progressing');
    expect(predictCanary(canary, 'abort')).toMatchObject({ state: 'aborted', weight: 0 });
  });
});

describe('allowedActions', () => {
  it('offers nothing once the canary is finished', () => {
    expect(allowedActions('aborted')).toEqual([]);
    expect(allowedActions('promoted')).toEqual([]);
    expect(allowedActions('paused')).toContain('resume');
    expect(allowedActions('progressing')).not.toContain('resume');
  });
});
