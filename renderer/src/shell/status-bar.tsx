import type { SourceStatus } from '../../../shared/console-api.js';
import { useConnection } from '../stores/connection-store.js';
import { useSources } from '../stores/sources-store.js';
import { formatAgeAt } from '../time/format-age.js';
import { useNow } from '../time/clock.js';

function SourceChip({ source, now }: { source: SourceStatus; now: number }) {
  const tip = [source.url, source.lastError ? `last error: ${source.lastError}` : null, `breaker ${source.breaker}`]
    .filter(Boolean)
    .join('\n');
  return (
    <li className={`source-chip state-${source.state}`} data-testid={`source-status-${source.id}`} data-state={source.state} title={tip}>
      <span className="dot" aria-hidden="true" />
      <span className="source-name">{source.feed}</span>
      <span className="source-state">{source.state}</span>
      <span className="source-age">{formatAgeAt(source.lastSuccessAt, now)}</span>
    </li>
  );
}

/** Every source's freshness, always visible: the answer to "how old is what I am looking at?". */
export function StatusBar() {
  const now = useNow();
  const sources = useSources((s) => s.sources);
  const live = useConnection((s) => s.live);
  const byRegion = new Map<string, SourceStatus[]>();
  for (const s of sources ?? []) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s]);
  return (
    <footer className="status-bar" aria-label="Data sources">
      <span className={`live-indicator live-${live}`} data-testid="live-connection" data-state={live}>
        {live === 'open' ? 'Live' : live === 'connecting' ? 'Connecting…' : 'Live updates lost — reconnecting'}
      </span>
      {sources === null && <span className="muted">Sources: loading…</span>}
      {[...byRegion].map(([region, list]) => (
        <div key={region} className="status-region">
          <span className="status-region-name">{region}</span>
          <ul>
            {list.map((s) => (
              <SourceChip key={s.id} source={s} now={now} />
            ))}
          </ul>
        </div>
      ))}
    </footer>
  );
}
