import { useEffect } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { loadControls, useControls } from '../../stores/controls-store.js';
import { useSession } from '../../stores/session-store.js';
import { DegradationControl } from './degradation-control.js';
import { FlagsTable } from './flags-table.js';
import { TrafficForm } from './traffic-form.js';

export function ControlsPage() {
  const { view, error } = useControls();
  const role = useSession((s) => s.session?.role);
  useEffect(() => {
    void loadControls();
  }, []);
  return (
    <div className="page controls">
      <h1>Controls</h1>
      <p className="page-intro">
        Every change asks for a reason, is checked against the version you see here, and is recorded in the audit log.
        {role && <> You are signed in as <strong>{role}</strong>.</>}
      </p>
      <ErrorNote error={error} onRetry={() => void loadControls()} />
      {!view && !error && <p className="loading">Loading controls…</p>}
      {view && (
        <>
          <Section title="Traffic split" at={view.traffic?.observedAt ?? null} testId="controls-traffic">
            <TrafficForm traffic={view.traffic} regions={view.regions.map((r) => r.region)} />
          </Section>
          {view.regions.map((r) => (
            <Section key={r.region} title={r.region} at={r.flags?.observedAt ?? null} testId={`controls-${r.region}`}>
              <DegradationControl region={r.region} degradation={r.degradation} />
              <h3>Feature flags</h3>
              <FlagsTable region={r.region} flags={r.flags} />
            </Section>
          ))}
        </>
      )}
    </div>
  );
}
