import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The raw hash, query included: the router reads the path, the SLO views read their params from it. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** Changes view params without a history entry per filter click; fires hashchange like any navigation. */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.location.replace(hash);
}
