// Loads and saves window-state.json in the user's data folder. Electron objects are passed in (types only),
// so this stays importable from tests.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow } from 'electron';
import { parseWindowState, placeWindow, serializeWindowState, type Rect, type WindowState } from './window-state.js';

/** The part of Electron's `screen` placement needs; the real `screen` fits it. */
export interface DisplayList {
  getAllDisplays(): ReadonlyArray<{ workArea: Rect }>;
  getPrimaryDisplay(): { workArea: Rect };
}

export function readTextIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function loadWindowState(file: string, screen: DisplayList): WindowState {
  const saved = parseWindowState(readTextIfPresent(file));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return placeWindow(saved, workAreas, screen.getPrimaryDisplay().workArea);
}

/** Write-then-rename, so a crash mid-write leaves the old file rather than a truncated one. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, serializeWindowState(state));
    renameSync(temporary, file);
  } catch (error) {
    // Losing the window position is not worth failing a quit over.
    console.warn(`Meridian could not save the window position: ${String(error)}`);
  }
}

/** Saves on close; getNormalBounds keeps the un-maximized size so restoring from maximized works. */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    saveWindowState(file, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
  });
}
