// The canary ramp as a state machine. promote moves to the next step (at 100 the release is promoted);
// abort sends all traffic back to the baseline; pause/resume hold and continue the ramp.
import type { CanaryAction, CanaryState } from '../../shared/platform-api/index.js';
import type { CanaryRecord } from './control-state.js';

export type Transition = { ok: true; weight: number; state: CanaryState } | { ok: false; message: string };

export function transition(canary: CanaryRecord, action: CanaryAction): Transition {
  if (canary.state === 'promoted' || canary.state === 'aborted') {
    return { ok: false, message: `action: canary ${canary.id} is already ${canary.state}; start a new release to change it` };
  }
  switch (action) {
    case 'promote': {
      const next = [...canary.steps].sort((a, b) => a - b).find((s) => s > canary.weight) ?? 100;
      return { ok: true, weight: next, state: next >= 100 ? 'promoted' : 'progressing' };
    }
    case 'abort':
      return { ok: true, weight: 0, state: 'aborted' };
    case 'pause':
      if (canary.state === 'paused') return { ok: false, message: `action: canary ${canary.id} is already paused` };
      return { ok: true, weight: canary.weight, state: 'paused' };
    case 'resume':
      if (canary.state !== 'paused') return { ok: false, message: `action: canary ${canary.id} is not paused (it is ${canary.state})` };
      return { ok: true, weight: canary.weight, state: 'progressing' };
  }
}
