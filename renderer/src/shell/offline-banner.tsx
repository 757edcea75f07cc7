import { deriveBanner } from '../sources/source-banner.js';
import { useSources } from '../stores/sources-store.js';
import { useConnection } from '../stores/connection-store.js';
import { formatAgeCoarse } from '../time/format-age.js';
import { formatMoment } from '../time/format-clock.js';
import { useNow } from '../time/clock.js';

/**
 * The unmistakable "what you see may be old" signal. Platform sources come from the backend's own report;
 * the backend itself being unreachable is added here, because then those reports are frozen too.
 */
export function OfflineBanner() {
  const now = useNow();
  const sources = useSources((s) => s.sources);
  const { downSince, lastContactAt } = useConnection();
  const banner = sources ? deriveBanner(sources, now) : null;
  const backendDown = downSince !== null;
  if (!banner && !backendDown) return null;
  const level = backendDown ? 'offline' : (banner?.level ?? 'stale');
  return (
    <div className={`banner banner-${level}`} role="alert" data-testid="offline-banner" data-level={level}>
      <ul>
        {backendDown && (
          <li data-testid="backend-unreachable">
            Meridian backend unreachable since {formatMoment(downSince, now)} — showing data from{' '}
            {formatAgeCoarse(lastContactAt, now)}; reconnecting…
          </li>
        )}
        {banner?.lines.map((line) => (
          <li key={line.sourceIds.join(',')} data-level={line.level}>
            {line.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
