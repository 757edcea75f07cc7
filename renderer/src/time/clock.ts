import { create } from 'zustand';

// One shared one-second clock: every "12 s ago" on screen advances together, with one timer for the page.
export const useClock = create<{ now: number }>()(() => ({ now: Date.now() }));

let timer: ReturnType<typeof setInterval> | null = null;

export function startClock(): void {
  timer ??= setInterval(() => useClock.setState({ now: Date.now() }), 1_000);
}

export function useNow(): number {
  return useClock((s) => s.now);
}
