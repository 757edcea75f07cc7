import { formatWeights } from '../views/controls/format-weights.js';
import { formatMoment } from '../time/format-clock.js';
import { isCanary, isDegradation, isFeatureFlag, isStamp, isTrafficSplit } from './resource-guards.js';

export type ResourceKind = 'flag' | 'degradation' | 'traffic' | 'canary';

function currentValue(kind: ResourceKind, current: unknown): string | null {
  switch (kind) {
    case 'flag':
      return isFeatureFlag(current) ? (current.enabled ? 'on' : 'off') : null;
    case 'degradation':
      return isDegradation(current) ? current.mode : null;
    case 'traffic':
      return isTrafficSplit(current) ? formatWeights(current.weights) : null;
    case 'canary':
      return isCanary(current) ? `${current.state} at ${current.weight}%` : null;
  }
}

/** "Changed by ana at 17:02: “drain eu-west” — now off. Review and apply again." */
export function conflictMessage(kind: ResourceKind, current: unknown, now: number, timeZone?: string): string {
  if (!isStamp(current)) return 'Someone changed this since you loaded it — review the current value and apply again.';
  const who = current.updatedBy || 'someone';
  const when = formatMoment(current.updatedAt, now, timeZone);
  const why = current.reason ? `: “${current.reason}”` : '';
  const value = currentValue(kind, current);
  const valueNow = value === null ? '' : ` (now ${value})`;
  return `Changed by ${who} at ${when}${why}${valueNow} — review and apply again.`;
}
