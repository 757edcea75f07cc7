import { afterEach, describe, expect, it } from 'vitest';
import { builtInSlos } from '../services/slo-catalog.js';
import { createCache, type Cache } from '../store/cache.js';
import { tempDir } from '../testing/temp-dir.js';
import { SloDefinitionStore } from './definition-store.js';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function open(): { cache: Cache; store: SloDefinitionStore } {
  const t = tempDir();
  const cache = createCache(t.dir);
  cleanup = () => {
    cache.close();
    t.remove();
  };
  return { cache, store: new SloDefinitionStore(cache.db) };
}

describe('SLO definition store', () => {
  it('stores a definition as version 1 and keeps it across reads', () => {
    const { store } = open();
    const [d] = builtInSlos(['us-east']);
    if (!d) throw new Error('no built-in SLO');
    const saved = store.save(d, 'built-in', 'text', 1000);
    expect(saved).toMatchObject({ changed: true, stored: { version: 1, origin: 'built-in' } });
    expect(store.get(d.id)).toEqual(saved.stored);
  });

  it('keeps the version when the same definition is saved again, bumps it on any change', () => {
    const { store, cache } = open();
    const [d] = builtInSlos(['us-east']);
    if (!d) throw new Error('no built-in SLO');
    store.save(d, 'built-in', 'text', 1000);
    expect(store.save({ ...d }, 'built-in', 'text', 2000)).toMatchObject({ changed: false, stored: { version: 1, updatedAt: 1000 } });
    expect(store.save({ ...d, objective: 0.9995 }, 'openslo', 'other text', 3000)).toMatchObject({ changed: true, stored: { version: 2, origin: 'openslo' } });
    expect(store.save({ ...d, objective: 0.9995 }, 'openslo', 'edited text', 4000).stored.version).toBe(3);
    const versions = cache.db.prepare('SELECT version FROM slo_definition_versions WHERE id = ? ORDER BY version').pluck().all(d.id);
    expect(versions).toEqual([1, 2, 3]);
  });
});
