import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState, type DisplayList } from './window-state-file.js';
import { DEFAULT_WINDOW_SIZE, parseWindowState, placeWindow, serializeWindowState, type Rect } from './window-state.js';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const left: Rect = { x: -1280, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  it.each([
    ['missing file', undefined],
    ['empty', ''],
    ['truncated JSON', '{"bounds":{"x":1'],
    ['null', 'null'],
    ['array', '[1,2,3]'],
    ['no bounds', '{"isMaximized":true}'],
    ['string numbers', '{"bounds":{"x":"1","y":2,"width":800,"height":600}}'],
    ['zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":600}}'],
    ['negative height', '{"bounds":{"x":0,"y":0,"width":800,"height":-5}}'],
    ['absurd coordinate', '{"bounds":{"x":1e12,"y":0,"width":800,"height":600}}'],
    ['NaN via null', '{"bounds":{"x":null,"y":0,"width":800,"height":600}}'],
  ])('%s → undefined', (_name, text) => {
    expect(parseWindowState(text)).toBeUndefined();
  });

  it('reads what serializeWindowState wrote, rounding fractions', () => {
    const state = { bounds: { x: 10.4, y: 20.6, width: 1200, height: 800 }, isMaximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual({ bounds: { x: 10, y: 21, width: 1200, height: 800 }, isMaximized: true });
  });

  it('treats anything but true as not maximized', () => {
    expect(parseWindowState('{"bounds":{"x":0,"y":0,"width":800,"height":600},"isMaximized":"yes"}')?.isMaximized).toBe(false);
  });
});

describe('placeWindow', () => {
  it('centres the default size on the primary display on first run', () => {
    expect(placeWindow(undefined, [primary], primary)).toEqual({
      bounds: { x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE },
      isMaximized: false,
    });
  });

  it('keeps bounds that are on a display', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, isMaximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual(saved);
  });

  it('keeps bounds on a display left of the primary (negative x)', () => {
    const saved = { bounds: { x: -1200, y: 100, width: 1100, height: 700 }, isMaximized: true };
    expect(placeWindow(saved, [primary, left], primary)).toEqual(saved);
  });

  it('moves a window from a display that is gone back to the primary, keeping its size', () => {
    const saved = { bounds: { x: -1200, y: 100, width: 1100, height: 700 }, isMaximized: false };
    expect(placeWindow(saved, [primary], primary).bounds).toEqual({ x: 410, y: 170, width: 1100, height: 700 });
  });

  it('recovers a window dragged almost entirely off screen', () => {
    const saved = { bounds: { x: 1900, y: 1030, width: 1200, height: 800 }, isMaximized: false };
    const placed = placeWindow(saved, [primary], primary).bounds;
    expect(placed.x).toBeGreaterThanOrEqual(0);
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920);
  });

  it('shrinks a window larger than its display, but not below the minimum size', () => {
    const laptop: Rect = { x: 0, y: 0, width: 1366, height: 740 };
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 3000, height: 2000 }, isMaximized: false }, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 740 });
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 200, height: 100 }, isMaximized: false }, [laptop], laptop).bounds).toMatchObject({ width: 960, height: 600 });
  });
});

describe('window-state.json on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-window-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const screen: DisplayList = {
    getAllDisplays: () => [{ workArea: primary }],
    getPrimaryDisplay: () => ({ workArea: primary }),
  };

  it('round-trips through the file', () => {
    const file = join(dir, 'round-trip.json');
    saveWindowState(file, { bounds: { x: 30, y: 40, width: 1000, height: 700 }, isMaximized: true });
    expect(loadWindowState(file, screen)).toEqual({ bounds: { x: 30, y: 40, width: 1000, height: 700 }, isMaximized: true });
  });

  it('falls back to defaults for a corrupt file instead of throwing', () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '\u0000\u0000garbage{');
    expect(loadWindowState(file, screen).bounds).toMatchObject(DEFAULT_WINDOW_SIZE);
  });

  it('falls back to defaults when there is no file', () => {
    expect(loadWindowState(join(dir, 'absent.json'), screen).isMaximized).toBe(false);
  });

  it('creates the folder and leaves no temporary file behind', () => {
    const file = join(dir, 'nested', 'deeper', 'state.json');
    saveWindowState(file, { bounds: { x: 0, y: 0, width: 1000, height: 700 }, isMaximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ isMaximized: false });
    expect(() => readFileSync(`${file}.tmp`)).toThrow();
  });
});
