// Permissions and downloads for the app's session. Chromium grants a lot by default (camera, geolocation,
// clipboard, HID, serial...); an ops console needs none of it, so everything is denied except desktop
// notifications for our own origin, which a later feature uses to surface alerts.
import { isAppOrigin } from './navigation-policy.js';

const ALLOWED_FOR_APP_ORIGIN: ReadonlySet<string> = new Set(['notifications']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  if (requestingUrl === undefined) return false;
  return ALLOWED_FOR_APP_ORIGIN.has(permission) && isAppOrigin(requestingUrl, appOrigin);
}

/**
 * Downloads are allowed only from our own origin (an export bundle served by the backend, or a `blob:` the
 * renderer made from it), so that operators can save an incident for offline review. Electron shows its
 * Save dialog for these, so the operator always picks the path. Everything else (data: URLs, other sites)
 * is cancelled.
 */
export function isDownloadAllowed(url: string, appOrigin: string): boolean {
  if (url.startsWith('blob:')) return isAppOrigin(url.slice('blob:'.length), appOrigin);
  return isAppOrigin(url, appOrigin);
}

/** The part of Electron's `Session` the policy touches; `session.defaultSession` fits it. */
export interface PolicySession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: { preventDefault(): void }, item: { getURL(): string }) => void): unknown;
}

export function installSessionPolicy(session: PolicySession, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, appOrigin),
  );
  // WebHID/WebUSB/serial device access has its own handler; without this, a granted check could leak devices.
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL(), appOrigin)) event.preventDefault();
  });
}
