import type { LiveTick } from '../../../shared/console-api.js';
import { api } from '../api/client.js';
import { toApiError } from '../api/api-error.js';
import { noteLiveDown, noteLiveOpen, noteUnauthorized, useConnection } from './connection-store.js';
import { loadedStores, refetch, refetchAll } from './loaders.js';
import { refetchPlan } from './refetch-plan.js';

const RETRY_MS = 5_000;

function onTick(tick: LiveTick): void {
  refetch(refetchPlan(tick.changed, loadedStores()));
}

/**
 * Keeps one SSE subscription to `live.onTick` open for the page's lifetime. When it drops, the data on screen
 * stays (the banner says how old it is) and the subscription is re-opened; on reconnect every loaded store is
 * refetched because ticks sent meanwhile were missed.
 */
export function startLive(): () => void {
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let subscription: { unsubscribe: () => void } | null = null;

  const opened = () => {
    if (noteLiveOpen()) refetchAll();
  };
  const dropped = (error: unknown) => {
    if (toApiError(error).code === 'UNAUTHORIZED') {
      noteUnauthorized();
      return;
    }
    noteLiveDown();
  };
  const reconnectLater = () => {
    subscription?.unsubscribe();
    subscription = null;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect();
    }, RETRY_MS);
  };

  function connect(): void {
    subscription = api.live.onTick.subscribe(undefined, {
      onStarted: opened,
      onData: onTick,
      onConnectionStateChange: (state) => {
        if (state.state === 'pending') opened();
        else if (state.state === 'connecting' && state.error) dropped(state.error);
      },
      onError: (error) => {
        dropped(error);
        reconnectLater();
      },
      onComplete: () => {
        if (!stopped) {
          noteLiveDown();
          reconnectLater();
        }
      },
    });
  }

  const stop = () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    subscription?.unsubscribe();
    stopWatching();
  };
  // Without a valid session every reconnect would be refused; the launch-link page takes over instead.
  const stopWatching = useConnection.subscribe((s) => {
    if (s.unauthorized) stop();
  });
  connect();
  return stop;
}
