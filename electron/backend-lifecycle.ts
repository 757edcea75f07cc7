// Quitting closes the backend first (flushes SQLite's WAL, stops feed polling) and only then lets Electron
// exit. `before-quit` is cancelled once, the close is awaited, then quit is asked for again.

export interface ClosableBackend {
  close(): Promise<void>;
}

/** Long enough for a WAL checkpoint; short enough that a stuck poll cannot keep a zombie window around. */
export const BACKEND_CLOSE_TIMEOUT_MS = 5_000;

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The part of Electron's `app` this needs; the real `app` fits it. */
export interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  quit(): void;
}

export function closeBackendOnQuit(
  app: QuittableApp,
  getBackend: () => ClosableBackend | undefined,
): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    const backend = getBackend();
    if (backend === undefined || state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    withTimeout(backend.close(), BACKEND_CLOSE_TIMEOUT_MS, 'Closing the backend')
      .catch((error: unknown) => console.warn(`Meridian's backend did not close cleanly: ${String(error)}`))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  // One window is the whole app: with it gone there is nothing to come back to, on macOS too.
  app.on('window-all-closed', () => app.quit());
}
