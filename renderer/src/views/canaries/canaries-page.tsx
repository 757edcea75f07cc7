import { useEffect } from 'react';
import type { CanaryView } from '../../../../shared/console-api.js';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { loadCanaries, useCanaries } from '../../stores/canaries-store.js';
import { CanaryCard } from './canary-card.js';

const ACTIVE = new Set<CanaryView['state']>(['progressing', 'paused']);

export function CanariesPage() {
  const { canaries, error } = useCanaries();
  useEffect(() => {
    void loadCanaries();
  }, []);
  const active = canaries?.filter((c) => ACTIVE.has(c.state)) ?? [];
  const finished = canaries?.filter((c) => !ACTIVE.has(c.state)) ?? [];
  return (
    <div className="page canaries">
      <h1>Canaries</h1>
      <ErrorNote error={error} onRetry={() => void loadCanaries()} />
      {!canaries && !error && <p className="loading">Loading canaries…</p>}
      {canaries && (
        <>
          <Section title="Ramping">
            {active.length === 0 ? (
              <p className="muted">No canary is ramping.</p>
            ) : (
              <ul className="canary-cards">
                {active.map((c) => (
                  <CanaryCard key={`${c.region}/${c.id}`} canary={c} />
                ))}
              </ul>
            )}
          </Section>
          {finished.length > 0 && (
            <Section title="Finished">
              <ul className="canary-cards">
                {finished.map((c) => (
                  <CanaryCard key={`${c.region}/${c.id}`} canary={c} />
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
    </div>
  );
}
