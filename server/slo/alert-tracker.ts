// Turns evaluations into alert episodes. An episode of a severity opens when one of that severity's rules
// starts firing and closes once none has fired for END_GRACE_MS: a burn hovering at its threshold stays one
// episode (one page, one notification), and its end is the first quiet evaluation.
import type { AlertSeverity } from '../../shared/slo-api.js';
import { MINUTE_MS } from '../../shared/topology.js';
import type { AlertEpisodeStore, OpenEpisode } from './alert-episode-store.js';

export const END_GRACE_MS = 5 * MINUTE_MS;

export interface RuleSignal {
  severity: AlertSeverity;
  firing: boolean;
  /** The long-window burn rate of the rule: what an episode's peak records. */
  longBurn: number | null;
}

const SEVERITIES: readonly AlertSeverity[] = ['page', 'ticket'];

export class AlertTracker {
  private readonly open = new Map<string, OpenEpisode>();

  constructor(private readonly store: AlertEpisodeStore) {
    for (const e of store.open()) this.open.set(`${e.sloId}|${e.severity}`, e);
  }

  /** Records one evaluation of one SLO's rules at `at`. */
  observe(sloId: string, rules: readonly RuleSignal[], at: number): void {
    for (const severity of SEVERITIES) {
      const firing = rules.filter((r) => r.severity === severity && r.firing);
      const peak = Math.max(0, ...firing.map((r) => r.longBurn ?? 0));
      const key = `${sloId}|${severity}`;
      const current = this.open.get(key);
      if (firing.length > 0) {
        if (!current) this.open.set(key, this.store.start(sloId, severity, at, peak));
        else if (peak > current.peakBurnRate || current.quietSince !== null) this.update(current, { peakBurnRate: Math.max(peak, current.peakBurnRate), quietSince: null });
      } else if (current) {
        if (current.quietSince === null) this.update(current, { quietSince: at });
        else if (at - current.quietSince >= END_GRACE_MS) {
          this.store.end(current.id, current.quietSince);
          this.open.delete(key);
        }
      }
    }
  }

  /** Closes the episodes of SLOs that no longer exist or can no longer be evaluated. */
  forget(keep: ReadonlySet<string>, at: number): void {
    for (const [key, e] of this.open) {
      if (keep.has(e.sloId)) continue;
      this.store.end(e.id, e.quietSince ?? at);
      this.open.delete(key);
    }
  }

  private update(e: OpenEpisode, patch: Partial<Pick<OpenEpisode, 'peakBurnRate' | 'quietSince'>>): void {
    Object.assign(e, patch);
    this.store.save(e);
  }
}
