import { create } from 'zustand';
import type { SourceStatus } from '../../../shared/console-api.js';
import { api } from '../api/client.js';
import { call } from '../api/call.js';
import { diffSources, type SourceTransition } from '../sources/source-transitions.js';
import { coalesce } from './coalesce.js';
import { registerLoader } from './loaders.js';

interface SourcesState {
  sources: SourceStatus[] | null;
  /** When the backend last told us about the sources. */
  receivedAt: number | null;
  /** Stale/offline transitions seen this session, oldest first (for the incident timeline). */
  transitions: SourceTransition[];
}

export const useSources = create<SourcesState>()(() => ({ sources: null, receivedAt: null, transitions: [] }));

// A long session could see a flapping source thousands of times; the timeline only needs the recent ones.
const MAX_TRANSITIONS = 500;

/** Called with every fresh sources list, from `sources.list` or from the overview that carries it. */
export function receiveSources(sources: SourceStatus[], at = Date.now()): void {
  useSources.setState((s) => ({
    sources,
    receivedAt: at,
    transitions: [...s.transitions, ...diffSources(s.sources, sources, at)].slice(-MAX_TRANSITIONS),
  }));
}

export const loadSources = coalesce(async () => {
  const r = await call(() => api.sources.list.query());
  if (r.ok) receiveSources(r.value);
});
registerLoader('sources', loadSources);
