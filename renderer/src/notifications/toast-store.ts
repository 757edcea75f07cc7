import { create } from 'zustand';

export interface PageToast {
  /** The episode key: one toast per episode. */
  key: string;
  sloId: string;
  episodeId: number;
  title: string;
  body: string;
}

// A burst of pages should not cover the console; the oldest drop off, the SLO page lists them all anyway.
const MAX_TOASTS = 4;

export const usePageToasts = create<{ toasts: PageToast[] }>()(() => ({ toasts: [] }));

export function pushPageToast(toast: PageToast): void {
  usePageToasts.setState((s) =>
    s.toasts.some((t) => t.key === toast.key) ? s : { toasts: [...s.toasts, toast].slice(-MAX_TOASTS) },
  );
}

export function dismissPageToast(key: string): void {
  usePageToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.key !== key) }));
}
