import { registerLoader } from './loaders.js';

// Live ticks know one SLO store key ('slos', refetched when SLI data changed). Several SLO stores hang off
// it: the page-alert watch (from start-up, so a page is noticed on any page of the console), the list and the
// detail (once visited). Each registers its part here and one tick refreshes them together, in one batch.
const parts = new Map<string, () => Promise<void>>();

async function refreshSlos(): Promise<void> {
  await Promise.all([...parts.values()].map((load) => load()));
}

export function registerSloPart(name: 'alerts' | 'list' | 'detail', load: () => Promise<void>): void {
  parts.set(name, load);
  registerLoader('slos', refreshSlos);
}
