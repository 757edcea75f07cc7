import type { SourceState, SourceStatus } from '../../../shared/console-api.js';

export interface SourceTransition {
  at: number;
  sourceId: string;
  /** null for a source first seen (already unhealthy) when this session started. */
  from: SourceState | null;
  to: SourceState;
  lastError: string | null;
}

function unhealthy(state: SourceState): boolean {
  return state === 'stale' || state === 'offline';
}

/**
 * The backend reports states, not events; the incident timeline wants events. Comparing successive snapshots
 * yields them: every change into or out of stale/offline, and sources already unhealthy at the first snapshot.
 */
export function diffSources(
  previous: readonly SourceStatus[] | null,
  next: readonly SourceStatus[],
  at: number,
): SourceTransition[] {
  const before = new Map((previous ?? []).map((s) => [s.id, s.state]));
  const out: SourceTransition[] = [];
  for (const s of next) {
    const from = before.get(s.id) ?? null;
    if (from === s.state) continue;
    const involvesTrouble = unhealthy(s.state) || (from !== null && unhealthy(from));
    if (!involvesTrouble) continue;
    out.push({ at, sourceId: s.id, from, to: s.state, lastError: s.lastError });
  }
  return out;
}
