import { describe, expect, it } from 'vitest';
import { loadedStores, refetch } from './loaders.js';
import { registerSloPart } from './slo-sync.js';

describe('registerSloPart', () => {
  it('refreshes every registered SLO store on one "slos" refetch, each part once', async () => {
    const calls: string[] = [];
    registerSloPart('alerts', async () => void calls.push('alerts'));
    registerSloPart('list', async () => void calls.push('list'));
    registerSloPart('list', async () => void calls.push('list'));
    expect(loadedStores().has('slos')).toBe(true);
    refetch(['slos']);
    await Promise.resolve();
    expect(calls.sort()).toEqual(['alerts', 'list']);
  });
});
