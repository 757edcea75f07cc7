// One place that applies the navigation rules to every web contents Electron creates (our window, and
// anything a bug or a compromised page might create), wired from `app.on('web-contents-created')`.
import { createNavigationGuard, createWindowOpenHandler, type NavigationEvent, type OpenExternal } from './navigation-policy.js';

/** The part of Electron's `WebContents` hardening touches; a real `WebContents` fits it. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent & { isMainFrame: boolean }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(contents: HardenableContents, appOrigin: string, openExternal: OpenExternal): void {
  const guard = createNavigationGuard(appOrigin);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // `will-navigate` covers only the main frame; subframes (should CSP ever let one in) get the same rule.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guard(event);
  });
  // <webview> would embed a guest with its own, weaker preferences; the console never needs one.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(appOrigin, openExternal));
}
