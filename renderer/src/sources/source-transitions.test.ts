import { describe, expect, it } from 'vitest';
import type { SourceState, SourceStatus } from '../../../shared/console-api.js';
import { diffSources } from './source-transitions.js';

function s(id: string, state: SourceState): SourceStatus {
  return {
    id,
    region: id.split('/')[0] ?? '',
    feed: 'health',
    url: 'http://x',
    state,
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: state === 'offline' ? 'timeout' : null,
    consecutiveFailures: 0,
    breaker: 'closed',
  };
}

describe('diffSources', () => {
  it('reports sources already unhealthy at the first snapshot', () => {
    expect(diffSources(null, [s('a/health', 'live'), s('b/health', 'offline')], 5)).toEqual([
      { at: 5, sourceId: 'b/health', from: null, to: 'offline', lastError: 'timeout' },
    ]);
  });

  it('reports going stale, offline and recovering, but not pending → live', () => {
    const t = diffSources(
      [s('a/health', 'live'), s('b/health', 'stale'), s('c/health', 'offline'), s('d/health', 'pending')],
      [s('a/health', 'stale'), s('b/health', 'offline'), s('c/health', 'live'), s('d/health', 'live')],
      9,
    );
    expect(t.map((x) => `${x.sourceId}:${x.from}->${x.to}`)).toEqual([
      'a/health:live->stale',
      'b/health:stale->offline',
      'c/health:offline->live',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(diffSources([s('a/health', 'offline')], [s('a/health', 'offline')], 1)).toEqual([]);
  });
});
