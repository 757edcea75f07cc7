import type { CanaryView } from '../../../../shared/console-api.js';
import { hrefFor } from '../../routing/routes.js';
import { CanaryComparison } from '../canaries/canary-comparison.js';

export function ActiveCanaries({ canaries }: { canaries: CanaryView[] }) {
  const active = canaries.filter((c) => c.state === 'progressing' || c.state === 'paused');
  if (active.length === 0) return <p className="muted">No canary is ramping.</p>;
  return (
    <ul className="canary-list compact">
      {active.map((c) => (
        <li key={`${c.region}/${c.id}`} className={`canary-row state-${c.state}`} data-testid={`canary-${c.region}-${c.id}`} data-state={c.state}>
          <div className="canary-title">
            <strong>{c.service}</strong> <span className="muted">{c.region}</span> {c.baselineVersion} → {c.canaryVersion}
          </div>
          <div>
            <span className="badge">{c.state}</span> at <strong>{c.weight}%</strong>
          </div>
          <CanaryComparison canary={c} />
        </li>
      ))}
      <li className="more-link">
        <a href={hrefFor('canaries')}>Drive canaries</a>
      </li>
    </ul>
  );
}
