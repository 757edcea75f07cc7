import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { TrafficBar } from '../../components/traffic-bar.js';
import { loadOverview, useOverview } from '../../stores/overview-store.js';
import { formatDateTime } from '../../time/format-clock.js';
import { ActiveCanaries } from './active-canaries.js';
import { HealthMatrix } from './health-matrix.js';
import { RegionCards } from './region-cards.js';
import { SlosAtRisk } from './slos-at-risk.js';

/** The 3 a.m. page: which region and service hurt, what mode each region is in, where traffic goes. */
export function OverviewPage() {
  const { overview, error } = useOverview();
  if (!overview) {
    return (
      <div className="page">
        <h1>Overview</h1>
        {error ? <ErrorNote error={error} onRetry={() => void loadOverview()} /> : <p className="loading">Loading cached overview…</p>}
      </div>
    );
  }
  const oldestHealth = Math.min(...overview.regions.map((r) => r.health?.observedAt ?? Number.POSITIVE_INFINITY));
  const canariesAt = overview.canaries.length > 0 ? Math.min(...overview.canaries.map((c) => c.observedAt)) : null;
  const traffic = overview.traffic;
  return (
    <div className="page overview">
      <h1>Overview</h1>
      <ErrorNote error={error} onRetry={() => void loadOverview()} />
      <Section title="Regions" testId="overview-regions">
        <RegionCards regions={overview.regions} />
      </Section>
      <Section title="Service health" at={Number.isFinite(oldestHealth) ? oldestHealth : null} testId="overview-health">
        <HealthMatrix regions={overview.regions} />
      </Section>
      <div className="overview-columns">
        <Section title="Traffic split" at={traffic?.observedAt ?? null} testId="overview-traffic">
          {traffic ? (
            <>
              <TrafficBar weights={traffic.value.weights} testIdPrefix="traffic-weight" label="Global traffic per region" />
              {traffic.value.expiresAt !== null && (
                <p className="note">
                  Temporary shift: reverts {traffic.value.revertTo ? `to ${Object.entries(traffic.value.revertTo).map(([r, w]) => `${r} ${w}%`).join(', ')} ` : ''}
                  at {formatDateTime(traffic.value.expiresAt)}.
                </p>
              )}
            </>
          ) : (
            <p className="muted">No traffic split cached yet.</p>
          )}
        </Section>
        <Section title="Active canaries" at={canariesAt} testId="overview-canaries">
          <ActiveCanaries canaries={overview.canaries} />
        </Section>
      </div>
      <Section title="SLOs at risk" at={overview.generatedAt} testId="overview-slos">
        <SlosAtRisk slos={overview.slosAtRisk} />
      </Section>
    </div>
  );
}
