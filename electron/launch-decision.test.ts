import { describe, expect, it } from 'vitest';
import { decideLaunch, serverModeSentence } from './launch-decision.js';

const found = { found: true as const, path: '/x/electron' };
const missing = { found: false as const, reason: "Electron's binary could not be downloaded on this machine (TypeError: fetch failed)" };

describe('decideLaunch', () => {
  it('launches Electron when the binary and a display are there', () => {
    expect(decideLaunch({ binary: found, platform: 'linux', env: { DISPLAY: ':0' }, forceServer: false })).toEqual({ mode: 'electron', binary: '/x/electron' });
    expect(decideLaunch({ binary: found, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, forceServer: false }).mode).toBe('electron');
    expect(decideLaunch({ binary: found, platform: 'darwin', env: {}, forceServer: false }).mode).toBe('electron');
    expect(decideLaunch({ binary: found, platform: 'win32', env: {}, forceServer: false }).mode).toBe('electron');
  });

  it('falls back to server mode without the binary, saying why', () => {
    expect(decideLaunch({ binary: missing, platform: 'linux', env: { DISPLAY: ':0' }, forceServer: false })).toEqual({ mode: 'server', because: missing.reason });
  });

  it('falls back to server mode on Linux without a display', () => {
    const decision = decideLaunch({ binary: found, platform: 'linux', env: {}, forceServer: false });
    expect(decision).toMatchObject({ mode: 'server', because: expect.stringContaining('no display') });
  });

  it('goes straight to server mode when asked', () => {
    expect(decideLaunch({ binary: found, platform: 'linux', env: { DISPLAY: ':0' }, forceServer: true })).toEqual({ mode: 'server' });
  });
});

describe('serverModeSentence', () => {
  it('is one plain sentence with the URL', () => {
    const sentence = serverModeSentence("Electron's binary could not be downloaded on this machine", 'http://127.0.0.1:4000/launch?token=t');
    expect(sentence).toBe("Electron's binary could not be downloaded on this machine, so Meridian is running in server mode instead: open http://127.0.0.1:4000/launch?token=t");
    expect(sentence).not.toContain('\n');
  });

  it('capitalises a lower-case reason and says less when server mode was asked for', () => {
    expect(serverModeSentence('there is no display', 'u')).toBe('There is no display, so Meridian is running in server mode instead: open u');
    expect(serverModeSentence(undefined, 'u')).toBe('Meridian is running in server mode: open u');
  });
});
