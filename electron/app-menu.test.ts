import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './app-menu.js';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it('offers DevTools in development only', () => {
    expect(roles(buildMenuTemplate({ isPackaged: false, platform: 'linux', openDocs: () => {} }))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'linux', openDocs: () => {} }))).not.toContain('toggleDevTools');
  });

  it('has File → Quit, reload and zoom', () => {
    const all = roles(buildMenuTemplate({ isPackaged: true, platform: 'linux', openDocs: () => {} }));
    expect(all).toEqual(expect.arrayContaining(['quit', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'editMenu']));
  });

  it('adds the macOS app menu only on macOS', () => {
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'darwin', openDocs: () => {} }))).toContain('appMenu');
    expect(roles(buildMenuTemplate({ isPackaged: true, platform: 'win32', openDocs: () => {} }))).not.toContain('appMenu');
  });

  it('opens the docs from Help', () => {
    const openDocs = vi.fn();
    const help = buildMenuTemplate({ isPackaged: true, platform: 'linux', openDocs }).find((item) => item.role === 'help');
    const entry = Array.isArray(help?.submenu) ? help.submenu[0] : undefined;
    // The handler ignores Electron's (menuItem, window, event) arguments.
    entry?.click?.({} as never, undefined, {} as never);
    expect(openDocs).toHaveBeenCalledOnce();
  });
});
