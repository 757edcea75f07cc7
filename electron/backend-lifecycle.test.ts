import { describe, expect, it, vi } from 'vitest';
import { closeBackendOnQuit, withTimeout, type QuittableApp } from './backend-lifecycle.js';

type Listener = (event: { preventDefault(): void }) => void;

class FakeApp implements QuittableApp {
  readonly listeners = new Map<string, Listener>();
  quits = 0;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  quit(): void {
    this.quits += 1;
    this.beforeQuit();
  }
  /** Like Electron: quitting emits before-quit; returns whether the quit was cancelled. */
  beforeQuit(): boolean {
    let cancelled = false;
    this.listeners.get('before-quit')?.({ preventDefault: () => { cancelled = true; } });
    return cancelled;
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('closeBackendOnQuit', () => {
  it('holds the quit until the backend has closed, then quits once more', async () => {
    const app = new FakeApp();
    let release: () => void = () => {};
    const close = vi.fn(() => new Promise<void>((resolve) => { release = resolve; }));
    closeBackendOnQuit(app, () => ({ close }));

    expect(app.beforeQuit()).toBe(true);
    expect(app.beforeQuit()).toBe(true); // a second Quit while closing does not close twice
    expect(close).toHaveBeenCalledOnce();
    expect(app.quits).toBe(0);

    release();
    await tick();
    expect(app.quits).toBe(1);
    expect(app.beforeQuit()).toBe(false); // closed: later quits pass straight through
  });

  it('quits even when closing fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = new FakeApp();
    closeBackendOnQuit(app, () => ({ close: () => Promise.reject(new Error('disk full')) }));
    app.beforeQuit();
    await tick();
    expect(app.quits).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('does not hold a quit when no backend was started', () => {
    const app = new FakeApp();
    closeBackendOnQuit(app, () => undefined);
    expect(app.beforeQuit()).toBe(false);
  });

  it('quits when the last window closes', () => {
    const app = new FakeApp();
    closeBackendOnQuit(app, () => undefined);
    app.listeners.get('window-all-closed')?.({ preventDefault: () => {} });
    expect(app.quits).toBe(1);
  });
});

describe('withTimeout', () => {
  it('passes a prompt result through', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000, 'x')).resolves.toBe(7);
  });

  it('rejects with a sentence when too slow', async () => {
    await expect(withTimeout(new Promise(() => {}), 10, 'Closing the backend')).rejects.toThrow('Closing the backend took longer than 10 ms');
  });
});
