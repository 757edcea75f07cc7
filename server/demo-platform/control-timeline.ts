// Control changes over time. Live minutes are simulated with the controls that were in force then, so a
// minute already served comes out the same when re-requested after later changes.
import type { ControlState } from './control-state.js';

interface Entry {
  at: number;
  state: ControlState;
}

/** Enough for days of busy operating; past that the oldest changes are folded into the starting state. */
const MAX_ENTRIES = 5_000;

export class ControlTimeline {
  private readonly entries: Entry[];

  constructor(initial: ControlState) {
    this.entries = [{ at: Number.NEGATIVE_INFINITY, state: initial }];
  }

  current(): ControlState {
    return this.last().state;
  }

  /** The state in force at time t (the latest change made at or before t). */
  at(t: number): ControlState {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const entry = this.entries[mid];
      if (entry && entry.at <= t) lo = mid;
      else hi = mid - 1;
    }
    return (this.entries[lo] ?? this.last()).state;
  }

  /** Records a change. A clock that steps backwards (tests) cannot reorder the past. */
  record(at: number, state: ControlState): void {
    this.entries.push({ at: Math.max(at, this.last().at), state });
    if (this.entries.length > MAX_ENTRIES) {
      const [, second] = this.entries.splice(0, 2);
      if (second) this.entries.unshift({ at: Number.NEGATIVE_INFINITY, state: second.state });
    }
  }

  private last(): Entry {
    const entry = this.entries[this.entries.length - 1];
    if (!entry) throw new Error('control timeline is never empty');
    return entry;
  }
}
