// The whole bridge between the sandboxed page and Electron: a frozen, read-only description of the
// desktop shell. Everything the console does goes over HTTP to the backend, exactly as in a browser, so the
// page needs no IPC. Notifications use the web Notification API (permitted for our origin only by
// session-policy.ts), so there is no notify channel to validate either.
// CommonJS because sandboxed preloads cannot load ES modules, and self-contained because their `require`
// only knows a few built-ins ('electron' among them): no relative imports here.
import electron = require('electron');

// Keep in step with APP_VERSION_ARG in window-options.ts (a sandboxed preload cannot import it).
const APP_VERSION_ARG = '--meridian-app-version=';
const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]{1,64})?$/;

function appVersion(argv: readonly string[]): string {
  const raw = argv.find((arg) => arg.startsWith(APP_VERSION_ARG))?.slice(APP_VERSION_ARG.length) ?? '';
  return VERSION_PATTERN.test(raw) ? raw : 'unknown';
}

electron.contextBridge.exposeInMainWorld(
  'meridianDesktop',
  Object.freeze({ isDesktop: true, version: appVersion(process.argv), platform: process.platform }),
);
