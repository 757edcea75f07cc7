import { describe, expect, it } from 'vitest';
import type { AlertEpisode } from '../../../shared/slo-api.js';
import { episodeKey, MAX_SEEN, pageEpisodesToNotify, parseSeen, serializeSeen } from './episode-dedupe.js';

const CHECKOUT = 'ap-southeast.checkout.availability';
const PAYMENTS = 'ap-southeast.payments.availability';

function episode(id: number, sloId: string, more: Partial<AlertEpisode> = {}): AlertEpisode {
  return { id, sloId, severity: 'page', startedAt: 1_000 + id, endedAt: null, peakBurnRate: 20, ...more };
}

describe('pageEpisodesToNotify', () => {
  it('notifies a new open page episode once, and not again on the next poll or after a reload', () => {
    const first = pageEpisodesToNotify([episode(1, CHECKOUT)], []);
    expect(first.notify.map((e) => e.id)).toEqual([1]);
    const second = pageEpisodesToNotify([episode(1, CHECKOUT, { peakBurnRate: 30 })], first.seen);
    expect(second.notify).toEqual([]);
    const afterReload = pageEpisodesToNotify([episode(1, CHECKOUT)], parseSeen(serializeSeen(second.seen)));
    expect(afterReload.notify).toEqual([]);
  });

  it('ignores tickets and episodes that already ended', () => {
    const r = pageEpisodesToNotify([episode(1, CHECKOUT, { severity: 'ticket' }), episode(2, PAYMENTS, { endedAt: 5_000 })], []);
    expect(r.notify).toEqual([]);
    expect(r.seen).toEqual([]);
  });

  it('notifies once per SLO when two page rules open episodes for the same burn', () => {
    const together = pageEpisodesToNotify([episode(2, CHECKOUT), episode(1, CHECKOUT), episode(3, PAYMENTS)], []);
    expect(together.notify.map((e) => e.id)).toEqual([1, 3]);
    expect(together.seen).toHaveLength(3);
    const first = pageEpisodesToNotify([episode(1, CHECKOUT)], []);
    const later = pageEpisodesToNotify([episode(1, CHECKOUT), episode(2, CHECKOUT)], first.seen);
    expect(later.notify).toEqual([]);
  });

  it('notifies a new burn of the same SLO after the previous episode ended', () => {
    const first = pageEpisodesToNotify([episode(1, CHECKOUT)], []);
    const again = pageEpisodesToNotify([episode(1, CHECKOUT, { endedAt: 9_000 }), episode(4, CHECKOUT, { startedAt: 10_000 })], first.seen);
    expect(again.notify.map((e) => e.id)).toEqual([4]);
  });

  it('treats a reused id with another start as a new episode', () => {
    const first = pageEpisodesToNotify([episode(1, CHECKOUT)], []);
    expect(pageEpisodesToNotify([episode(1, CHECKOUT, { startedAt: 99_000 })], first.seen).notify).toHaveLength(1);
    expect(episodeKey(episode(1, CHECKOUT))).toBe(`${CHECKOUT}#1#1001`);
  });
});

describe('seen storage', () => {
  it('survives junk and keeps the newest keys', () => {
    expect(parseSeen(null)).toEqual([]);
    expect(parseSeen('not json')).toEqual([]);
    expect(parseSeen('{"a":1}')).toEqual([]);
    expect(parseSeen('["a", 3, "b"]')).toEqual(['a', 'b']);
    const many = Array.from({ length: MAX_SEEN + 20 }, (_, i) => `k${i}`);
    const kept = parseSeen(serializeSeen([...many, 'k0']));
    expect(kept).toHaveLength(MAX_SEEN);
    expect(kept.at(-1)).toBe(`k${MAX_SEEN + 19}`);
  });
});
