import { useEffect } from 'react';
import { ErrorNote } from '../../components/error-note.js';
import { Section } from '../../components/section.js';
import { loadSession, useSession } from '../../stores/session-store.js';
import { loadSources, useSources } from '../../stores/sources-store.js';
import { formatAgeAt } from '../../time/format-age.js';
import { formatDateTime } from '../../time/format-clock.js';
import { useNow } from '../../time/clock.js';
import { ProfileSection } from './profile-section.js';

export function SettingsPage() {
  const now = useNow();
  const { session, error } = useSession();
  const { sources, receivedAt } = useSources();
  useEffect(() => {
    void loadSources();
  }, []);
  return (
    <div className="page settings">
      <h1>Settings</h1>
      <Section title="Operator profile" testId="settings-profile">
        {session ? <ProfileSection session={session} /> : !error && <p className="loading">Loading session…</p>}
      </Section>
      <Section title="Session">
        <ErrorNote error={error} onRetry={() => void loadSession()} />
        {session ? (
          <dl className="facts" data-testid="session-info">
            <dt>Operator</dt>
            <dd data-testid="session-operator">{session.operator}</dd>
            <dt>Role</dt>
            <dd data-testid="session-role">{session.role}</dd>
            <dt>Mode</dt>
            <dd>{session.mode === 'desktop' ? 'desktop app' : 'server (meridian serve)'}</dd>
            <dt>Platform</dt>
            <dd>{session.platform === 'demo' ? 'embedded demo platform' : 'configured platform'}</dd>
            <dt>Scenario</dt>
            <dd>{session.scenario ?? '—'}</dd>
            <dt>Data folder</dt>
            <dd>
              <code>{session.dataDir}</code>
            </dd>
            <dt>Your time zone</dt>
            <dd>{Intl.DateTimeFormat().resolvedOptions().timeZone}</dd>
          </dl>
        ) : (
          !error && <p className="loading">Loading session…</p>
        )}
      </Section>
      <Section title="Data sources" at={receivedAt}>
        {!sources ? (
          <p className="loading">Loading sources…</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">State</th>
                  <th scope="col">URL</th>
                  <th scope="col">Last success</th>
                  <th scope="col">Last attempt</th>
                  <th scope="col">Failures</th>
                  <th scope="col">Breaker</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id} data-testid={`source-row-${s.id}`} data-state={s.state}>
                    <th scope="row">{s.id}</th>
                    <td>
                      <span className={`badge state-${s.state}`}>{s.state}</span>
                    </td>
                    <td>
                      <code className="url">{s.url}</code>
                    </td>
                    <td>
                      {s.lastSuccessAt === null ? 'never' : formatDateTime(s.lastSuccessAt)}{' '}
                      <span className="muted">{formatAgeAt(s.lastSuccessAt, now)}</span>
                    </td>
                    <td>{s.lastAttemptAt === null ? 'never' : formatAgeAt(s.lastAttemptAt, now)}</td>
                    <td>{s.consecutiveFailures}</td>
                    <td>{s.breaker}</td>
                    <td className={s.lastError ? 'is-bad' : undefined}>{s.lastError ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
