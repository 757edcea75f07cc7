import { create } from 'zustand';

/**
 * Whether the Meridian backend itself is reachable, apart from the platform sources it reports on: when it
 * is not, the sources' states are frozen at their last answer and the banner must say so.
 */
interface ConnectionState {
  /** The live SSE stream: connecting at start, open while ticks can arrive, down after it failed. */
  live: 'connecting' | 'open' | 'down';
  /** Since when requests have failed to reach the backend; null while it answers. */
  downSince: number | null;
  /** Last time the backend answered anything. */
  lastContactAt: number | null;
  /** Set by any UNAUTHORIZED answer: the session cookie is missing or from an earlier launch. */
  unauthorized: boolean;
}

export const useConnection = create<ConnectionState>()(() => ({
  live: 'connecting',
  downSince: null,
  lastContactAt: null,
  unauthorized: false,
}));

export function noteContact(at = Date.now()): void {
  useConnection.setState({ lastContactAt: at, downSince: null });
}

export function noteUnreachable(at = Date.now()): void {
  useConnection.setState((s) => ({ downSince: s.downSince ?? at }));
}

export function noteUnauthorized(): void {
  useConnection.setState({ unauthorized: true });
}

/** Returns true when the stream was down before, so the caller can catch up on ticks it missed. */
export function noteLiveOpen(at = Date.now()): boolean {
  const wasDown = useConnection.getState().live === 'down';
  useConnection.setState({ live: 'open', downSince: null, lastContactAt: at });
  return wasDown;
}

/** The stream alone failing is not proof the backend is gone; the source watch's next request decides. */
export function noteLiveDown(): void {
  useConnection.setState({ live: 'down' });
}
