// The backend downsamples every series to `maxPoints`; asking for about one point per pixel of the chart
// keeps lines exact without sending points nobody can see. Widths are rounded so that resizing the window
// by a few pixels does not refetch.
export const MIN_POINTS = 10;
export const MAX_POINTS = 1000;
const STEP = 50;
const FALLBACK_POINTS = 400;

export function pointsForWidth(widthPx: number | null): number {
  if (widthPx === null || !Number.isFinite(widthPx) || widthPx <= 0) return FALLBACK_POINTS;
  const rounded = Math.round(widthPx / STEP) * STEP;
  return Math.min(MAX_POINTS, Math.max(MIN_POINTS, rounded));
}
