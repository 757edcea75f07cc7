import { useConnection } from './connection-store.js';
import { loadSources, useSources } from './sources-store.js';

const WATCH_MS = 5_000;

/**
 * Live ticks announce data changes, but a source sliding from stale to offline, or the backend itself coming
 * back, may produce none. While anything is not live, ask for the sources every few seconds so the banner
 * never understates an outage; when all is live this costs nothing.
 */
export function startSourceWatch(): () => void {
  const timer = setInterval(() => {
    const sources = useSources.getState().sources;
    const troubled = sources?.some((s) => s.state !== 'live') ?? false;
    const { live, downSince, unauthorized } = useConnection.getState();
    if (unauthorized) return;
    if (troubled || live !== 'open' || downSince !== null) void loadSources();
  }, WATCH_MS);
  return () => clearInterval(timer);
}
