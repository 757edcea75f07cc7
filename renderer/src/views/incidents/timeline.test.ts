import { describe, expect, it } from 'vitest';
import type { ControlsView } from '../../../../shared/console-api.js';
import { buildTimeline } from './timeline.js';

const stamp = (version: number, updatedAt: number, updatedBy = 'ana') => ({ version, updatedAt, updatedBy, reason: 'why' });

const controls: ControlsView = {
  regions: [
    {
      region: 'eu-west',
      flags: {
        value: [
          { ...stamp(2, 300), key: 'checkout-kill', description: '', owner: 'pay', kind: 'kill-switch', enabled: true },
          { ...stamp(0, 0, ''), key: 'untouched', description: '', owner: 'web', kind: 'release', enabled: false },
        ],
        observedAt: 1,
        sourceId: 'eu-west/controls',
      },
      degradation: { value: { ...stamp(1, 100), mode: 'essential' }, observedAt: 1, sourceId: 'eu-west/controls' },
    },
  ],
  traffic: {
    value: { ...stamp(5, 200, 'bo'), weights: { 'us-east': 60, 'eu-west': 0, 'ap-southeast': 40 }, expiresAt: null, revertTo: null },
    observedAt: 1,
    sourceId: 'global/traffic',
  },
};

describe('buildTimeline', () => {
  it('merges changes and source transitions, newest first, skipping initial states', () => {
    const entries = buildTimeline(controls, [], [
      { at: 250, sourceId: 'eu-west/health', from: 'live', to: 'offline', lastError: 'ECONNREFUSED' },
    ]);
    expect(entries.map((e) => [e.at, e.kind, e.title])).toEqual([
      [300, 'flag', 'Kill switch checkout-kill turned on'],
      [250, 'source', 'Source eu-west/health went offline (was live)'],
      [200, 'traffic', 'Traffic split set to us-east 60% · eu-west 0% · ap-southeast 40%'],
      [100, 'degradation', 'Checkout mode set to essential'],
    ]);
    expect(entries[1]?.who).toBeNull();
    expect(entries[2]?.who).toBe('bo');
  });

  it('is empty without data', () => {
    expect(buildTimeline(null, [], [])).toEqual([]);
  });
});
