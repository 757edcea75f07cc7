// main.ts wired against a fake Electron and a fake backend: the binary never runs on the build machines,
// so this is where "the window is created hardened, on the launch URL, and quitting closes the backend"
// is checked end to end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackendOptions, RunningBackend } from '../server/backend-options.js';

type Handler = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    handlers: new Map<string, Handler>(),
    windows: [] as Array<{ options: BrowserWindowConstructorOptions; loaded: string[]; focused: number }>,
    backendOptions: [] as BackendOptions[],
    backendClosed: 0,
    startFails: false,
    errorBoxes: [] as string[],
    exitCodes: [] as number[],
    quits: 0,
    sandboxEnabled: false,
    permissionHandlerSet: false,
    menuSet: false,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    private readonly record: { options: BrowserWindowConstructorOptions; loaded: string[]; focused: number };
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], focused: 0 };
      fake.windows.push(this.record);
    }
    once(): this { return this; }
    on(): this { return this; }
    loadURL(url: string): Promise<void> { this.record.loaded.push(url); return Promise.resolve(); }
    isDestroyed(): boolean { return false; }
    isMinimized(): boolean { return false; }
    restore(): void {}
    show(): void {}
    focus(): void { this.record.focused += 1; }
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    app: {
      setPath: () => {},
      enableSandbox: () => { fake.sandboxEnabled = true; },
      requestSingleInstanceLock: () => true,
      setAppUserModelId: () => {},
      on: (event: string, handler: Handler) => { fake.handlers.set(event, handler); },
      whenReady: () => Promise.resolve(),
      getPath: () => fake.userData,
      getVersion: () => '0.1.0',
      isPackaged: false,
      quit: () => { fake.quits += 1; fake.handlers.get('before-quit')?.({ preventDefault: () => {} }); },
      exit: (code: number) => { fake.exitCodes.push(code); },
    },
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, message: string) => { fake.errorBoxes.push(message); }, showMessageBox: () => Promise.resolve() },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => { fake.menuSet = true; } },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => { fake.permissionHandlerSet = true; },
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
        on: () => {},
      },
    },
    shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
  };
});

vi.mock('../server/backend.js', () => ({
  startBackend: (options: BackendOptions): Promise<RunningBackend> => {
    fake.backendOptions.push(options);
    if (fake.startFails) return Promise.reject(new Error('port in use'));
    return Promise.resolve({
      origin: 'http://127.0.0.1:40000',
      secret: 's3cret',
      launchUrl: 'http://127.0.0.1:40000/?token=s3cret',
      close: () => { fake.backendClosed += 1; return Promise.resolve(); },
    });
  },
}));

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('electron/main.ts', () => {
  let signalListeners: { int: number; term: number };

  beforeEach(() => {
    vi.resetModules();
    fake.userData = mkdtempSync(join(tmpdir(), 'meridian-main-'));
    fake.handlers.clear();
    fake.windows.length = 0;
    fake.backendOptions.length = 0;
    fake.errorBoxes.length = 0;
    fake.exitCodes.length = 0;
    Object.assign(fake, { backendClosed: 0, startFails: false, quits: 0, sandboxEnabled: false, permissionHandlerSet: false, menuSet: false });
    signalListeners = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') };
  });

  afterEach(() => {
    // main.ts adds process.once('SIGINT'/'SIGTERM'); drop them so the test runner keeps its own behaviour.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const keep = signal === 'SIGINT' ? signalListeners.int : signalListeners.term;
      for (const listener of process.listeners(signal).slice(keep)) process.off(signal, listener);
    }
    rmSync(fake.userData, { recursive: true, force: true });
  });

  it('starts the desktop backend in the data folder and opens one hardened window on the launch URL', async () => {
    await import('./main.js');
    await settle();
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.backendOptions).toHaveLength(1);
    expect(fake.backendOptions[0]).toMatchObject({ mode: 'desktop', dataDir: fake.userData });
    expect(fake.backendOptions[0]?.rendererDir).toMatch(/dist[\\/]renderer$/);
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.loaded).toEqual(['http://127.0.0.1:40000/?token=s3cret']);
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: true });
    expect(window?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(fake.permissionHandlerSet).toBe(true);
    expect(fake.menuSet).toBe(true);
    expect(fake.handlers.has('web-contents-created')).toBe(true);
  });

  it('closes the backend before quitting', async () => {
    await import('./main.js');
    await settle();
    fake.handlers.get('window-all-closed')?.();
    await settle();
    expect(fake.backendClosed).toBe(1);
    expect(fake.quits).toBe(2); // the held quit, then the real one
  });

  it('focuses the existing window when a second instance starts', async () => {
    await import('./main.js');
    await settle();
    fake.handlers.get('second-instance')?.();
    expect(fake.windows[0]?.focused).toBe(1);
  });

  it('shows one sentence and exits when the backend cannot start', async () => {
    fake.startFails = true;
    await import('./main.js');
    await settle();
    expect(fake.errorBoxes).toEqual(["Meridian's backend could not start: port in use"]);
    expect(fake.exitCodes).toEqual([1]);
    expect(fake.windows).toHaveLength(0);
  });
});
