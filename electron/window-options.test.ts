import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_VERSION_ARG, createHardenedWindow, showWhenReady, WINDOW_BACKGROUND } from './window-options.js';

class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

function open(devTools: boolean): BrowserWindowConstructorOptions {
  return createHardenedWindow(RecordingWindow, {
    preloadPath: '/app/dist/electron/preload.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    appVersion: '0.1.0',
    devTools,
  }).options;
}

describe('createHardenedWindow', () => {
  const options = open(false);
  const prefs = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s explicitly', (flag, value) => {
    expect(prefs[flag]).toBe(value);
  });

  it('disables auxclick and enables no blink features', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('loads only our preload and passes the version as an argument', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.additionalArguments).toEqual([`${APP_VERSION_ARG}0.1.0`]);
  });

  it('is dark and hidden until ready, at the given bounds', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND);
    expect(options.show).toBe(false);
    expect([options.x, options.y, options.width, options.height]).toEqual([10, 20, 1200, 800]);
  });

  it('offers DevTools only when asked (development)', () => {
    expect(prefs.devTools).toBe(false);
    expect(open(true).webPreferences?.devTools).toBe(true);
  });
});

describe('showWhenReady', () => {
  function fakeWindow(): { calls: string[]; fireReady: () => void; window: Parameters<typeof showWhenReady>[0] } {
    const calls: string[] = [];
    let ready: (() => void) | undefined;
    return {
      calls,
      fireReady: () => ready?.(),
      window: {
        once: (_event: 'ready-to-show', listener: () => void) => { ready = listener; },
        maximize: () => calls.push('maximize'),
        show: () => calls.push('show'),
      },
    };
  }

  it('shows only on ready-to-show', () => {
    const fake = fakeWindow();
    showWhenReady(fake.window, { maximize: false });
    expect(fake.calls).toEqual([]);
    fake.fireReady();
    expect(fake.calls).toEqual(['show']);
  });

  it('maximizes before showing when the window was maximized last time', () => {
    const fake = fakeWindow();
    showWhenReady(fake.window, { maximize: true });
    fake.fireReady();
    expect(fake.calls).toEqual(['maximize', 'show']);
  });
});
