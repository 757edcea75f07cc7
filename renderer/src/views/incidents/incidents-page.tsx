import { useEffect } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { loadCanaries, useCanaries } from '../../stores/canaries-store.js';
import { loadControls, useControls } from '../../stores/controls-store.js';
import { useSources } from '../../stores/sources-store.js';
import { formatAgeAt } from '../../time/format-age.js';
import { formatDateTime } from '../../time/format-clock.js';
import { useNow } from '../../time/clock.js';
import { buildTimeline } from './timeline.js';

export function IncidentsPage() {
  const now = useNow();
  const controls = useControls();
  const canaries = useCanaries();
  const transitions = useSources((s) => s.transitions);
  useEffect(() => {
    void loadControls();
    void loadCanaries();
  }, []);
  const entries = buildTimeline(controls.view, canaries.canaries ?? [], transitions);
  return (
    <div className="page incidents">
      <h1>Incidents</h1>
      <p className="page-intro">
        The latest operator change of every control and canary, and the data sources that went stale or offline
        while this console was open, newest first.
      </p>
      <ErrorNote error={controls.error ?? canaries.error} />
      <Section title="Timeline">
        {entries.length === 0 ? (
          <p className="muted">No operator changes and no source trouble seen yet.</p>
        ) : (
          <ol className="timeline" data-testid="incident-timeline">
            {entries.map((e) => (
              <li key={e.id} className={`timeline-entry kind-${e.kind}`} data-kind={e.kind}>
                <time dateTime={new Date(e.at).toISOString()}>
                  {formatDateTime(e.at)} <span className="muted">({formatAgeAt(e.at, now)})</span>
                </time>
                <span className="badge">{e.kind}</span>
                <span className="timeline-region">{e.region}</span>
                <span className="timeline-title">{e.title}</span>
                <span className="timeline-who">{e.who === null ? 'seen by Meridian' : `by ${e.who || 'unknown'}`}</span>
                {e.reason && <span className="timeline-reason">“{e.reason}”</span>}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
