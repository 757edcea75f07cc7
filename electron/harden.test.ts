import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, type HardenableContents } from './harden.js';
import type { NavigationEvent } from './navigation-policy.js';

const APP = 'http://127.0.0.1:53121';

type Listener = (event: NavigationEvent & { isMainFrame: boolean }) => void;

class FakeContents implements HardenableContents {
  readonly listeners = new Map<string, Listener>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  fire(event: string, url: string, isMainFrame = true): boolean {
    let prevented = false;
    this.listeners.get(event)?.({ url, isMainFrame, preventDefault: () => { prevented = true; } });
    return prevented;
  }
}

describe('hardenWebContents', () => {
  const contents = new FakeContents();
  const openExternal = vi.fn<(url: string) => void>();
  hardenWebContents(contents, APP, openExternal);

  it('wires every guarded event', () => {
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    expect(contents.openHandler).toBeDefined();
  });

  it.each(['will-navigate', 'will-redirect'])('%s stays on the app origin', (event) => {
    expect(contents.fire(event, `${APP}/slos`)).toBe(false);
    expect(contents.fire(event, 'https://evil.example/')).toBe(true);
    expect(contents.fire(event, 'file:///etc/passwd')).toBe(true);
  });

  it('guards subframes and leaves the main frame to will-navigate', () => {
    expect(contents.fire('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(contents.fire('will-frame-navigate', `${APP}/`, false)).toBe(false);
    expect(contents.fire('will-frame-navigate', 'https://evil.example/', true)).toBe(false);
  });

  it('refuses every <webview>', () => {
    expect(contents.fire('will-attach-webview', `${APP}/`)).toBe(true);
  });

  it('denies new windows and sends external links to the browser', () => {
    expect(contents.openHandler?.({ url: 'https://docs.example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://docs.example.com/');
  });
});
