import { describe, expect, it } from 'vitest';
import { installSessionPolicy, isDownloadAllowed, isPermissionAllowed, type PolicySession } from './session-policy.js';

const APP = 'http://127.0.0.1:53121';

// A selection of Electron's permission names; none but notifications-for-us may pass.
const PERMISSIONS = ['media', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb', 'midiSysex', 'pointerLock', 'idle-detection', 'display-capture', 'unknown'];

describe('isPermissionAllowed', () => {
  it.each(PERMISSIONS)('denies %s even for the app origin', (permission) => {
    expect(isPermissionAllowed(permission, `${APP}/`, APP)).toBe(false);
  });

  it('allows notifications for the app origin only', () => {
    expect(isPermissionAllowed('notifications', `${APP}/alerts`, APP)).toBe(true);
    expect(isPermissionAllowed('notifications', APP, APP)).toBe(true);
    expect(isPermissionAllowed('notifications', 'http://127.0.0.1:9999/', APP)).toBe(false);
    expect(isPermissionAllowed('notifications', 'https://evil.example/', APP)).toBe(false);
    expect(isPermissionAllowed('notifications', 'file:///tmp/x.html', APP)).toBe(false);
    expect(isPermissionAllowed('notifications', undefined, APP)).toBe(false);
    expect(isPermissionAllowed('notifications', '', APP)).toBe(false);
  });
});

describe('isDownloadAllowed', () => {
  it.each([
    [`${APP}/api/export/incident-42.json`, true],
    [`blob:${APP}/3f0c1c2e-1d1a-4b0e-9a5e-2f7f0d6c7b1a`, true],
    ['blob:https://evil.example/3f0c', false],
    ['https://evil.example/payload.exe', false],
    ['data:application/octet-stream;base64,AAAA', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (url, allowed) => {
    expect(isDownloadAllowed(url, APP)).toBe(allowed);
  });
});

type RequestHandler = Parameters<PolicySession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PolicySession['setPermissionCheckHandler']>[0];

class FakeSession implements PolicySession {
  request: RequestHandler | undefined;
  check: CheckHandler | undefined;
  device: (() => boolean) | undefined;
  download: ((event: { preventDefault(): void }, item: { getURL(): string }) => void) | undefined;
  setPermissionRequestHandler(handler: RequestHandler): void { this.request = handler; }
  setPermissionCheckHandler(handler: CheckHandler): void { this.check = handler; }
  setDevicePermissionHandler(handler: () => boolean): void { this.device = handler; }
  on(_event: 'will-download', listener: (event: { preventDefault(): void }, item: { getURL(): string }) => void): this {
    this.download = listener;
    return this;
  }
}

describe('installSessionPolicy', () => {
  const session = new FakeSession();
  installSessionPolicy(session, APP);

  it('answers permission requests through the policy', () => {
    const answers: boolean[] = [];
    session.request?.(null, 'media', (granted) => answers.push(granted), { requestingUrl: `${APP}/` });
    session.request?.(null, 'notifications', (granted) => answers.push(granted), { requestingUrl: `${APP}/` });
    session.request?.(null, 'notifications', (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([false, true, false]);
  });

  it('answers permission checks through the policy', () => {
    expect(session.check?.(null, 'geolocation', APP)).toBe(false);
    expect(session.check?.(null, 'notifications', APP)).toBe(true);
  });

  it('denies device access', () => {
    expect(session.device?.()).toBe(false);
  });

  it('cancels downloads from elsewhere and keeps our own', () => {
    const outcomes = ['https://evil.example/x.exe', `${APP}/api/export/bundle.json`].map((url) => {
      let cancelled = false;
      session.download?.({ preventDefault: () => { cancelled = true; } }, { getURL: () => url });
      return cancelled;
    });
    expect(outcomes).toEqual([true, false]);
  });
});
