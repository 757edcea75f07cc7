// The application menu as a template, so "no DevTools when packaged" is a tested fact, not a hope.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  openDocs: () => void;
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(input.isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    // macOS puts Quit in the app menu; elsewhere it lives under File.
    ...(input.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [{ role: 'quit' }] },
    // Without an Edit menu, copy/paste shortcuts do not work on macOS (incident notes, reasons, IDs).
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'help', submenu: [{ label: 'Meridian Documentation', click: () => input.openDocs() }] },
  ];
}
