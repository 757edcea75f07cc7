import { parseSeen, serializeSeen } from './episode-dedupe.js';

// localStorage, not sessionStorage: a second window or a reload must not notify an episode again. Storage can
// be unavailable (disabled, full); then the page's own memory still prevents repeats until it reloads.
const KEY = 'meridian.slo.notifiedPageEpisodes';
let memory: string[] = [];

export function readSeen(): string[] {
  try {
    const stored = parseSeen(window.localStorage.getItem(KEY));
    return [...new Set([...stored, ...memory])];
  } catch {
    return memory;
  }
}

export function writeSeen(seen: readonly string[]): void {
  memory = [...seen];
  try {
    window.localStorage.setItem(KEY, serializeSeen(seen));
  } catch {
    // Kept in memory only.
  }
}
