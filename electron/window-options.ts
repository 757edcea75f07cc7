// The BrowserWindow configuration in one function, so each hardening flag is asserted in a test.
// Electron's defaults are already close to this since v20, but spelling every flag out guards against a
// default changing and documents intent (see DESIGN.md's Lens anti-example).
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** Matches the renderer's dark theme so the window never flashes white while the page loads. */
export const WINDOW_BACKGROUND = '#0f1216';
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/** The preload reads the app version from this argument: sandboxed preloads cannot reach `app`. */
export const APP_VERSION_ARG = '--meridian-app-version=';

export interface WindowOptionsInput {
  preloadPath: string;
  bounds: Rectangle;
  appVersion: string;
  /** DevTools only in development: a packaged console has no use for a script console an attacker can reach. */
  devTools: boolean;
}

/** Anything constructible like a BrowserWindow: the real class in main.ts, a recording fake in tests. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the window. The constructor is passed in (and named BrowserWindow) so the options stay a literal
 * at the `new BrowserWindow({...})` site: electronegativity checks that site, and tests can record it.
 */
export function createHardenedWindow<W>(BrowserWindow: WindowConstructor<W>, input: WindowOptionsInput): W {
  return new BrowserWindow({
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Meridian',
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show' (see showWhenReady) so the operator never sees a half-painted window.
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would try to open a new window; the open handler denies it anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      // Dropping a file on the window must not navigate it to file://.
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Spellcheck would send typed text (reasons, incident notes) to a dictionary service on some platforms.
      spellcheck: false,
      devTools: input.devTools,
      additionalArguments: [`${APP_VERSION_ARG}${input.appVersion}`],
    },
  });
}

/** The BrowserWindow members showWhenReady needs; a real BrowserWindow fits. */
export interface ShowableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  maximize(): void;
  show(): void;
}

/** Maximizing also happens here: `maximize()` on a hidden window shows it early, half painted. */
export function showWhenReady(window: ShowableWindow, options: { maximize: boolean }): void {
  window.once('ready-to-show', () => {
    if (options.maximize) window.maximize();
    window.show();
  });
}
