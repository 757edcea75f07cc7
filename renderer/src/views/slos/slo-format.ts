// Number formats of the SLO views. Budget and burn are read at a glance, so they keep fixed shapes.

export function formatBurn(rate: number | null): string {
  if (rate === null) return '—';
  return rate >= 100 ? `${Math.round(rate)}×` : `${rate.toFixed(1)}×`;
}

/** Hours until the budget is gone at the current 1 h burn; null means it is not burning. */
export function formatExhaustion(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return 'not burning';
  if (hours <= 0) return 'exhausted';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 72) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${(hours / 24).toFixed(1)} days`;
}
