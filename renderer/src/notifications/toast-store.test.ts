import { describe, expect, it } from 'vitest';
import { dismissPageToast, pushPageToast, usePageToasts, type PageToast } from './toast-store.js';

const toast = (n: number): PageToast => ({ key: `slo-${n}#${n}#0`, sloId: `slo-${n}`, episodeId: n, title: `Page ${n}`, body: '' });

describe('page toasts', () => {
  it('shows an episode once, keeps the newest few and dismisses by key', () => {
    pushPageToast(toast(1));
    pushPageToast(toast(1));
    expect(usePageToasts.getState().toasts.map((t) => t.episodeId)).toEqual([1]);
    for (const n of [2, 3, 4, 5]) pushPageToast(toast(n));
    expect(usePageToasts.getState().toasts.map((t) => t.episodeId)).toEqual([2, 3, 4, 5]);
    dismissPageToast(toast(3).key);
    expect(usePageToasts.getState().toasts.map((t) => t.episodeId)).toEqual([2, 4, 5]);
  });
});
