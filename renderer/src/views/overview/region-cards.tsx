import type { RegionOverview } from '../../../../shared/console-api.js';
import { AsOf } from '../../components/as-of.js';
import { StatusBadge } from '../../components/status-badge.js';
import { formatClock, zoneLabel } from '../../time/format-clock.js';
import { useNow } from '../../time/clock.js';
import { DEGRADATION_EFFECTS } from '../controls/degradation-modes.js';

/** One card per region: its local time (for "is it peak there?"), worst health and checkout mode. */
export function RegionCards({ regions }: { regions: RegionOverview[] }) {
  const now = useNow();
  return (
    <ul className="region-cards">
      {regions.map((r) => {
        const mode = r.degradation?.value.mode ?? null;
        return (
          <li key={r.region} className={`region-card worst-${r.worstStatus ?? 'unknown'}`} data-testid={`region-${r.region}`}>
            <div className="region-card-head">
              <h3>{r.region}</h3>
              <StatusBadge status={r.worstStatus} />
            </div>
            <p className="region-local-time">
              local time <strong>{formatClock(now, r.timeZone, false)}</strong> {zoneLabel(now, r.timeZone)}
            </p>
            <p
              className={`degradation mode-${mode ?? 'unknown'}`}
              data-testid={`degradation-${r.region}`}
              data-mode={mode ?? 'unknown'}
              title={mode ? DEGRADATION_EFFECTS[mode] : undefined}
            >
              checkout: <strong>{mode ?? 'unknown'}</strong>
              {mode && mode !== 'normal' && <span className="mode-effect"> — {DEGRADATION_EFFECTS[mode]}</span>}
            </p>
            <AsOf at={r.degradation?.observedAt ?? null} />
          </li>
        );
      })}
    </ul>
  );
}
