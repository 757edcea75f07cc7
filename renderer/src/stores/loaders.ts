import type { StoreKey } from './refetch-plan.js';

// Stores register their loader the first time a page uses them; live ticks refetch only registered stores.
const loaders = new Map<StoreKey, () => Promise<void>>();

export function registerLoader(key: StoreKey, load: () => Promise<void>): void {
  loaders.set(key, load);
}

export function loadedStores(): ReadonlySet<StoreKey> {
  return new Set(loaders.keys());
}

export function refetch(keys: readonly StoreKey[]): void {
  for (const key of keys) void loaders.get(key)?.();
}

export function refetchAll(): void {
  refetch([...loaders.keys()]);
}
