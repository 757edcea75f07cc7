import { describe, expect, it } from 'vitest';
import { partialOutcomeFeedback } from './region-outcomes.js';

describe('partialOutcomeFeedback', () => {
  it('is null when every region applied it', () => {
    expect(partialOutcomeFeedback([{ region: 'us-east', ok: true, error: null }], 'x on')).toBeNull();
  });
  it('names the regions that did and did not apply it', () => {
    const f = partialOutcomeFeedback(
      [
        { region: 'us-east', ok: true, error: null },
        { region: 'eu-west', ok: false, error: 'changed by ana meanwhile' },
        { region: 'ap-southeast', ok: false, error: null },
      ],
      'degraded',
    );
    expect(f).toEqual({
      kind: 'partial',
      message: 'degraded applied in us-east, not in eu-west, ap-southeast. Review the current state of those regions and change it there on its own.',
      failures: [
        { region: 'eu-west', error: 'changed by ana meanwhile' },
        { region: 'ap-southeast', error: 'not applied (no reason given)' },
      ],
    });
  });
  it('says when nothing was applied', () => {
    expect(partialOutcomeFeedback([{ region: 'eu-west', ok: false, error: 'down' }], 'normal')?.message).toMatch(/^normal was not applied in any region/);
  });
});
