/**
 * Time left of a temporary traffic shift: "4:59", "1:02:03". Seconds round up, so a fresh 5-minute shift
 * reads "5:00" and "0:00" means it has run out (the platform reverts it; the next poll shows the split).
 */
export function formatCountdown(msLeft: number): string {
  if (!Number.isFinite(msLeft) || msLeft <= 0) return '0:00';
  const total = Math.ceil(msLeft / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whether the shift should have reverted by now. */
export function isExpired(expiresAt: number, now: number): boolean {
  return expiresAt <= now;
}
