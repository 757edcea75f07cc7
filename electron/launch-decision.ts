// How `npm start` chooses between the desktop window and server mode, and the one sentence it prints when
// it falls back. Dev tooling for build/start.ts; excluded from the app build.
import type { ElectronBinary } from './electron-binary.js';

/** `because` is absent when server mode was asked for rather than fallen back to. */
export type LaunchDecision = { mode: 'electron'; binary: string } | { mode: 'server'; because?: string };

export function decideLaunch(input: {
  binary: ElectronBinary;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  forceServer: boolean;
}): LaunchDecision {
  if (input.forceServer) return { mode: 'server' };
  if (!input.binary.found) return { mode: 'server', because: input.binary.reason };
  // On Linux/BSD Electron aborts at once without a display (SSH sessions, CI); say so instead.
  const needsDisplay = input.platform !== 'darwin' && input.platform !== 'win32';
  const hasDisplay = Boolean(input.env['DISPLAY']) || Boolean(input.env['WAYLAND_DISPLAY']);
  if (needsDisplay && !hasDisplay) return { mode: 'server', because: 'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  return { mode: 'electron', binary: input.binary.path };
}

/** "…, so Meridian is running in server mode instead: open <url>" — the whole message, on one line. */
export function serverModeSentence(because: string | undefined, url: string): string {
  if (because === undefined) return `Meridian is running in server mode: open ${url}`;
  const reason = because.charAt(0).toUpperCase() + because.slice(1);
  return `${reason}, so Meridian is running in server mode instead: open ${url}`;
}
