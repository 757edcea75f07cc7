// Which alert episodes deserve a page notification. The rule of the issue: one notification per SLO per
// burn episode, for page-severity episodes that are still open, never again after a reload.
import type { AlertEpisode } from '../../../shared/slo-api.js';

/**
 * Episode ids come from the backend's SQLite; a new data folder restarts them, so the key also carries the
 * SLO and the start time: a reused id for another burn is a new episode, not one already seen.
 */
export function episodeKey(e: Pick<AlertEpisode, 'id' | 'sloId' | 'startedAt'>): string {
  return `${e.sloId}#${e.id}#${e.startedAt}`;
}

const isOpenPage = (e: AlertEpisode) => e.severity === 'page' && e.endedAt === null;

export interface DedupeResult {
  /** At most one per SLO: the episodes to notify about now. */
  notify: AlertEpisode[];
  /** Keys to remember, in the order first seen (oldest first). */
  seen: string[];
}

/**
 * Every open page episode not seen before is remembered; it is notified unless its SLO already has an open
 * page episode that was seen (both page rules can open episodes for the same burn) or another new episode of
 * the same SLO is notified in this batch. Ticket episodes and ended ones never notify.
 */
export function pageEpisodesToNotify(episodes: readonly AlertEpisode[], seen: readonly string[]): DedupeResult {
  const known = new Set(seen);
  const open = episodes.filter(isOpenPage);
  const covered = new Set(open.filter((e) => known.has(episodeKey(e))).map((e) => e.sloId));
  const fresh = open.filter((e) => !known.has(episodeKey(e))).sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
  const notify: AlertEpisode[] = [];
  const next = [...seen];
  for (const e of fresh) {
    next.push(episodeKey(e));
    if (covered.has(e.sloId)) continue;
    covered.add(e.sloId);
    notify.push(e);
  }
  return { notify, seen: next };
}

export const MAX_SEEN = 500;

/** Reads the remembered keys defensively: storage may hold anything, from an old version or another tab. */
export function parseSeen(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string').slice(-MAX_SEEN) : [];
  } catch {
    return [];
  }
}

/** The newest keys only: episodes older than a few hundred burns will not be reported as open again. */
export function serializeSeen(seen: readonly string[]): string {
  return JSON.stringify([...new Set(seen)].slice(-MAX_SEEN));
}
