// The current control state and its history, as seen by the write endpoints. Temporary traffic shifts
// revert on their own: the revert is recorded at the expiry time itself (not when someone next looks), so
// the timeline, the version and the simulated minutes all agree about when it happened.
import type { ControlState } from './control-state.js';
import type { ControlTimeline } from './control-timeline.js';

export const TRAFFIC_MANAGER_ACTOR = 'traffic-manager';

export class ControlStore {
  constructor(
    readonly timeline: ControlTimeline,
    readonly now: () => number,
  ) {}

  /** The state now, after applying any temporary shift whose time is up. */
  settle(): ControlState {
    const state = this.timeline.current();
    const t = state.traffic;
    if (t.expiresAt === null || t.revertTo === null || this.now() < t.expiresAt) return state;
    const reverted: ControlState = {
      ...state,
      traffic: {
        weights: t.revertTo,
        expiresAt: null,
        revertTo: null,
        version: t.version + 1,
        updatedAt: t.expiresAt,
        updatedBy: TRAFFIC_MANAGER_ACTOR,
        reason: `temporary shift by ${t.updatedBy} expired; reverted to the previous weights`,
      },
    };
    this.timeline.record(t.expiresAt, reverted);
    return reverted;
  }

  commit(next: ControlState): void {
    this.timeline.record(this.now(), next);
  }
}
