import '../../styles/controls.css';
import { useEffect, useMemo } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { loadControls, useControls } from '../../stores/controls-store.js';
import { watchDegradationEffects } from '../../stores/degradation-effect-store.js';
import { useSession } from '../../stores/session-store.js';
import { DegradationControl, DegradationEverywhere, DegradationLevels } from './degradation-control.js';
import { FlagdPanel } from './flagd-panel.js';
import { FlagsTable } from './flags-table.js';
import { TrafficForm } from './traffic-form.js';

// A section is as old as its oldest data.
function oldestObservation(times: ReadonlyArray<number | undefined>): number | null {
  const known = times.filter((t): t is number => t !== undefined);
  return known.length === 0 ? null : Math.min(...known);
}

export function ControlsPage() {
  const { view, error } = useControls();
  const session = useSession((s) => s.session);
  const regionKey = view?.regions.map((r) => r.region).join(',') ?? '';
  const regions = useMemo(() => (regionKey ? regionKey.split(',') : []), [regionKey]);
  useEffect(() => {
    void loadControls();
  }, []);
  useEffect(() => {
    if (regions.length > 0) void watchDegradationEffects(regions);
  }, [regions]);
  return (
    <div className="page controls">
      <h1>Controls</h1>
      <p className="page-intro">
        Every change asks for a reason, is checked against the version you see here and against the safety rules, and is
        recorded in the <a href="#/audit">audit log</a>.
        {session && (
          <>
            {' '}
            You are <strong data-testid="controls-operator">{session.operator}</strong>, signed in as{' '}
            <strong data-testid="controls-role">{session.role}</strong>
            {session.regions && <> for {session.regions.join(', ')}</>}.
          </>
        )}
      </p>
      <ErrorNote error={error} onRetry={() => void loadControls()} />
      {!view && !error && <p className="loading">Loading controls…</p>}
      {view && (
        <>
          <Section title="Traffic split" at={view.traffic?.observedAt ?? null} testId="controls-traffic">
            <TrafficForm traffic={view.traffic} regions={regions} knownGood={view.traffic?.knownGood ?? null} />
          </Section>
          <Section
            title="Checkout degradation"
            at={oldestObservation(view.regions.map((r) => r.degradation?.observedAt))}
            testId="controls-degradation"
          >
            <DegradationLevels />
            <DegradationEverywhere regions={view.regions} />
            <div className="degradation-grid">
              {view.regions.map((r) => (
                <DegradationControl key={r.region} region={r.region} degradation={r.degradation} />
              ))}
            </div>
          </Section>
          <Section title="Feature flags" at={oldestObservation(view.regions.map((r) => r.flags?.observedAt))} testId="controls-flags">
            <FlagsTable regions={view.regions} />
          </Section>
          <Section title="flagd files" testId="controls-flagd">
            <FlagdPanel regions={regions} />
          </Section>
        </>
      )}
    </div>
  );
}
