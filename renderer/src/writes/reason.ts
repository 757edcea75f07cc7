// Mirrors the backend's reason rule so the confirm button can say what is missing before a round trip.
export const REASON_MIN = 3;
export const REASON_MAX = 2000;

/** null when the reason is acceptable, otherwise what to fix. */
export function reasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text.length < REASON_MIN) return 'say why in a few words (at least 3 characters)';
  if (text.length > REASON_MAX) return 'keep the reason under 2000 characters';
  return null;
}
