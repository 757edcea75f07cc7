import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './routes.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

// The hash string is the snapshot (stable between changes); parsing happens in render.
function snapshot(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, snapshot));
}
