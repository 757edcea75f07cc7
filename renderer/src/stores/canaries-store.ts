import { create } from 'zustand';
import type { CanaryView } from '../../../shared/console-api.js';
import { api } from '../api/client.js';
import type { ApiError } from '../api/api-error.js';
import { call } from '../api/call.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

interface CanariesState {
  canaries: CanaryView[] | null;
  error: ApiError | null;
}

export const useCanaries = create<CanariesState>()(() => ({ canaries: null, error: null }));

const same = (a: CanaryView, b: CanaryView) => a.region === b.region && a.id === b.id;

export const loadCanaries = coalesce(async () => {
  registerLoader('canaries', loadCanaries);
  const r = await call(() => api.canary.list.query());
  if (!r.ok) {
    useCanaries.setState({ error: r.error });
    return;
  }
  // Keep a just-written canary if the backend's cache has not caught up with it yet.
  useCanaries.setState((s) => ({
    canaries: r.value.map((c) => {
      const old = s.canaries?.find((o) => same(o, c));
      return old && old.version > c.version ? old : c;
    }),
    error: null,
  }));
});

export function putCanary(canary: CanaryView): void {
  useCanaries.setState((s) => ({
    canaries: s.canaries?.map((c) => (same(c, canary) && canary.version >= c.version ? canary : c)) ?? null,
  }));
}
