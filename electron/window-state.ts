// Remembered window placement, validated: the file is user-writable and survives monitor changes, so a
// corrupt file or bounds on a display that is gone must give sensible defaults, never a crash or an
// invisible window.
import { MIN_WINDOW_SIZE } from './window-options.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;

/** How much of the window must be on some display to count as reachable (enough to grab the title bar). */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1_000_000;
}

function isSize(value: unknown): value is number {
  return isCoordinate(value) && value > 0;
}

/** Reads what `serializeWindowState` wrote; anything malformed is `undefined` (use defaults). */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const bounds = record['bounds'];
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return undefined;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    isMaximized: record['isMaximized'] === true,
  };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function isReachable(bounds: Rect, workArea: Rect): boolean {
  const visible = overlap(bounds, workArea);
  return (
    visible.width >= Math.min(MIN_VISIBLE.width, bounds.width) &&
    visible.height >= Math.min(MIN_VISIBLE.height, bounds.height)
  );
}

function fitSize(width: number, height: number, workArea: Rect): { width: number; height: number } {
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, workArea.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, workArea.height)),
  };
}

function centered(size: { width: number; height: number }, workArea: Rect): Rect {
  return {
    x: Math.round(workArea.x + (workArea.width - size.width) / 2),
    y: Math.round(workArea.y + (workArea.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window: the saved bounds if they are still reachable on a current display (sized to
 * fit it), otherwise the saved (or default) size centred on the primary display.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (saved !== undefined) {
    const home = workAreas.find((area) => isReachable(saved.bounds, area));
    if (home !== undefined) {
      const size = fitSize(saved.bounds.width, saved.bounds.height, home);
      return { bounds: { x: saved.bounds.x, y: saved.bounds.y, ...size }, isMaximized: saved.isMaximized };
    }
    return {
      bounds: centered(fitSize(saved.bounds.width, saved.bounds.height, primary), primary),
      isMaximized: saved.isMaximized,
    };
  }
  return {
    bounds: centered(fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary), primary),
    isMaximized: false,
  };
}
