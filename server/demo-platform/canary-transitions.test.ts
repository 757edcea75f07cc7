import { describe, expect, it } from 'vitest';
import { transition } from './canary-transitions.js';
import type { CanaryRecord } from './control-state.js';

const canary = (weight: number, state: CanaryRecord['state']): CanaryRecord => ({
  id: 'checkout-2.14.0',
  service: 'checkout',
  baselineVersion: '2.13.4',
  canaryVersion: '2.14.0',
  steps: [5, 25, 50, 100],
  weight,
  state,
  version: 1,
  updatedAt: 0,
  updatedBy: 'x',
  reason: 'x',
});

describe('canary transitions', () => {
  it.each([
    [5, 'progressing', 'promote', { ok: true, weight: 25, state: 'progressing' }],
    [50, 'progressing', 'promote', { ok: true, weight: 100, state: 'promoted' }],
    [25, 'paused', 'promote', { ok: true, weight: 50, state: 'progressing' }],
    [25, 'progressing', 'abort', { ok: true, weight: 0, state: 'aborted' }],
    [25, 'progressing', 'pause', { ok: true, weight: 25, state: 'paused' }],
    [25, 'paused', 'resume', { ok: true, weight: 25, state: 'progressing' }],
  ] as const)('%i%% %s + %s', (weight, state, action, expected) => {
    expect(transition(canary(weight, state), action)).toEqual(expected);
  });

  it.each([
    [0, 'aborted', 'promote'],
    [100, 'promoted', 'abort'],
    [25, 'progressing', 'resume'],
    [25, 'paused', 'pause'],
  ] as const)('refuses %i%% %s + %s', (weight, state, action) => {
    expect(transition(canary(weight, state), action).ok).toBe(false);
  });
});
