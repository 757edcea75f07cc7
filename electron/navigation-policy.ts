// Where a URL may go, decided as data so the rules can be tested without Electron.
// The window shows exactly one origin: the in-process backend on 127.0.0.1:<port>. Anything else is either
// handed to the operator's browser (http/https links) or refused (file:, javascript:, data:, custom schemes),
// because a page that could navigate the privileged window elsewhere could phish or load hostile content.

export type NavigationVerdict = 'allow' | 'open-external' | 'refuse';

/** The part of Electron's navigation events the guard uses; Electron's `Event<...>` objects fit it. */
export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export type OpenExternal = (url: string) => Promise<void> | void;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function isWebScheme(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/**
 * True when `url` has exactly the app's scheme, host and port. `URL#origin` normalises default ports and
 * case, and ignores userinfo, so `http://127.0.0.1:5000@evil.example/` is evil.example, not us.
 */
export function isAppOrigin(url: string, appOrigin: string): boolean {
  const parsed = parse(url);
  const app = parse(appOrigin);
  if (parsed === undefined || app === undefined) return false;
  return isWebScheme(parsed) && parsed.origin === app.origin;
}

export function judgeUrl(url: string, appOrigin: string): NavigationVerdict {
  if (isAppOrigin(url, appOrigin)) return 'allow';
  const parsed = parse(url);
  if (parsed !== undefined && isWebScheme(parsed)) return 'open-external';
  return 'refuse';
}

/** For `will-navigate`, `will-redirect` and `will-frame-navigate`: stay on the app's origin or go nowhere. */
export function createNavigationGuard(appOrigin: string): (event: NavigationEvent) => void {
  return (event) => {
    if (judgeUrl(event.url, appOrigin) !== 'allow') event.preventDefault();
  };
}

/**
 * For `setWindowOpenHandler`: never open a second Electron window (it would need its own hardening and
 * could outlive ours). External web links go to the operator's browser instead; our own origin does not,
 * since the browser has no session cookie and the launch URL's secret must never leave this process.
 */
export function createWindowOpenHandler(
  appOrigin: string,
  openExternal: OpenExternal,
): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (judgeUrl(url, appOrigin) === 'open-external') {
      Promise.resolve(openExternal(url)).catch((error: unknown) => {
        console.warn(`Meridian could not open ${url} in the browser: ${String(error)}`);
      });
    }
    return { action: 'deny' };
  };
}
