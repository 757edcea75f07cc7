import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/topology.js';
import { createCache, type Cache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { AlertEpisodeStore } from './alert-episode-store.js';
import { AlertTracker, END_GRACE_MS } from './alert-tracker.js';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function open(): { cache: Cache; store: AlertEpisodeStore; dir: string } {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanup = () => {
    cache.close();
    t.remove();
  };
  return { cache, store: new AlertEpisodeStore(cache.db), dir: t.dir };
}

const page = (firing: boolean, longBurn: number) => [{ severity: 'page' as const, firing, longBurn }];
const T = 1_800_000_000_000;
const at = (minutes: number) => T + minutes * MINUTE_MS;

describe('alert episodes', () => {
  it('opens when a page rule starts firing, tracks the peak, and closes after the grace period', () => {
    const { store } = open();
    const tracker = new AlertTracker(store);
    tracker.observe('s', page(false, 2), at(0));
    tracker.observe('s', page(true, 15), at(1));
    tracker.observe('s', page(true, 22), at(2));
    tracker.observe('s', page(true, 18), at(3));
    expect(store.list('s', 10)).toEqual([{ id: expect.any(Number), sloId: 's', severity: 'page', startedAt: at(1), endedAt: null, peakBurnRate: 22 }]);
    tracker.observe('s', page(false, 9), at(4));
    tracker.observe('s', page(false, 5), at(4 + END_GRACE_MS / MINUTE_MS));
    expect(store.list('s', 10)[0]).toMatchObject({ endedAt: at(4), peakBurnRate: 22 });
  });

  it('keeps a burn that flaps around its threshold as one episode', () => {
    const { store } = open();
    const tracker = new AlertTracker(store);
    for (let m = 0; m < 20; m++) tracker.observe('s', page(m % 3 !== 0, 14), at(m));
    expect(store.list('s', 10)).toHaveLength(1);
  });

  it('continues the same open episode after a restart', () => {
    const { store } = open();
    new AlertTracker(store).observe('s', page(true, 15), at(0));
    const again = new AlertTracker(store);
    again.observe('s', page(true, 16), at(1));
    const episodes = store.list('s', 10);
    expect(episodes).toHaveLength(1);
    expect(episodes[0]?.peakBurnRate).toBe(16);
  });

  it('keeps page and ticket episodes apart', () => {
    const { store } = open();
    const tracker = new AlertTracker(store);
    tracker.observe('s', [{ severity: 'ticket', firing: true, longBurn: 3 }, { severity: 'page', firing: false, longBurn: 1 }], at(0));
    tracker.observe('s', [{ severity: 'ticket', firing: true, longBurn: 3 }, { severity: 'page', firing: true, longBurn: 20 }], at(1));
    expect(store.list('s', 10).map((e) => e.severity)).toEqual(['page', 'ticket']);
  });
});
