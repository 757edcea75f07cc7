// A CountSource over two minute rings (good and total events of one SLI).
import type { EventCounts } from '../burn-rate.js';
import type { CountSource } from './evaluate-slo.js';
import type { MinuteRing } from './minute-ring.js';

export class RingCounts implements CountSource {
  constructor(
    readonly good: MinuteRing,
    readonly total: MinuteRing,
  ) {}

  counts(from: number, to: number): EventCounts {
    return { good: this.good.sum(from, to), total: this.total.sum(from, to) };
  }
}
