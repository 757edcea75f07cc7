import type { FeedKind } from '../../shared/console-api.js';

/** One thing Meridian polls: a feed of one region (or the global traffic manager). */
export interface FeedSource {
  id: string;
  region: string;
  feed: FeedKind;
  /** The URL shown to operators as where this data comes from. */
  url: string;
  intervalMs: number;
  /** Fetches, validates and stores one tick, all or nothing. Throws SourceError. */
  poll(now: number): Promise<void>;
  /** Optional slow background work after a successful poll (history backfill); returns true while more is left. */
  backfillStep?(now: number): Promise<boolean>;
}
