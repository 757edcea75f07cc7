import type { Canary, CanaryAction, CanaryState } from '../../../../shared/platform-api/index.js';

/** Index of the ramp step the canary is on: the largest step not above its weight, -1 before the first. */
export function currentStepIndex(steps: readonly number[], weight: number): number {
  let index = -1;
  steps.forEach((step, i) => {
    if (step <= weight) index = i;
  });
  return index;
}

const ALLOWED: Record<CanaryState, readonly CanaryAction[]> = {
  progressing: ['promote', 'pause', 'abort'],
  paused: ['promote', 'resume', 'abort'],
  promoted: [],
  aborted: [],
};

export function allowedActions(state: CanaryState): readonly CanaryAction[] {
  return ALLOWED[state];
}

/** What the canary will look like once the platform applies `action`: shown at once, replaced by the answer. */
export function predictCanary(c: Canary, action: CanaryAction): Canary {
  switch (action) {
    case 'pause':
      return { ...c, state: 'paused' };
    case 'resume':
      return { ...c, state: 'progressing' };
    case 'abort':
      return { ...c, state: 'aborted', weight: 0 };
    case 'promote': {
      const next = c.steps[currentStepIndex(c.steps, c.weight) + 1] ?? 100;
      return { ...c, weight: next, state: next >= 100 ? 'promoted' : c.state };
    }
  }
}
