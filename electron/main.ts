// Electron main process: a thin shell. It starts the same backend `meridian serve` runs, in-process, and
// shows it in one hardened window. Everything it decides is in small pure modules beside it, tested
// without the Electron binary; this file only wires them to Electron.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import type { BackendOptions, RunningBackend } from '../server/backend-options.js';
import { buildMenuTemplate } from './app-menu.js';
import { resolveDocsPath, resolvePlatformConfigPath, resolveSqliteNativeBinding, type AppLocations } from './app-paths.js';
import { closeBackendOnQuit } from './backend-lifecycle.js';
import { hardenWebContents } from './harden.js';
import { installSessionPolicy } from './session-policy.js';
import { describeStartupError } from './startup-error.js';
import { createHardenedWindow, showWhenReady } from './window-options.js';
import { loadWindowState, rememberWindowState } from './window-state-file.js';

// Same id as build/electron-builder.yml: Windows groups notifications by it.
const APP_ID = 'com.meridian.console';

// dist/electron/main.js → the folder with package.json and dist/ (the repository, or app.asar when packaged).
const appRoot = fileURLToPath(new URL('../../', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

// Lets tests and side-by-side installs use a throwaway profile; must happen before anything reads userData.
const userDataOverride = process.env['MERIDIAN_USER_DATA_DIR'];
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

// Belt and braces with webPreferences.sandbox: every renderer, including any we did not create, is sandboxed.
app.enableSandbox();

let backend: RunningBackend | undefined;
let mainWindow: BrowserWindow | undefined;

function locations(): AppLocations {
  return { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appRoot, exists: existsSync };
}

function focusMainWindow(): void {
  if (mainWindow === undefined || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openDocs(): void {
  const docs = resolveDocsPath(locations());
  if (docs === undefined) {
    void dialog.showMessageBox({ type: 'info', message: 'The documentation is not included in this build of Meridian.' });
    return;
  }
  void shell.openPath(docs).then((problem) => {
    if (problem !== '') console.warn(`Meridian could not open ${docs}: ${problem}`);
  });
}

async function startEmbeddedBackend(sqliteNativeBinding: string | undefined): Promise<RunningBackend> {
  // Imported here, not at the top, so a backend that fails to load still ends in the dialog below.
  const { startBackend } = await import('../server/backend.js');
  const dataDir = app.getPath('userData');
  const options: BackendOptions = {
    mode: 'desktop',
    dataDir,
    rendererDir: join(appRoot, 'dist', 'renderer'),
    sqliteNativeBinding,
    platformConfigPath: resolvePlatformConfigPath(process.env, dataDir, existsSync),
  };
  return startBackend(options);
}

function openMainWindow(running: RunningBackend): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile, screen);
  const window = createHardenedWindow(BrowserWindow, {
    preloadPath,
    bounds: state.bounds,
    appVersion: app.getVersion(),
    devTools: !app.isPackaged,
  });
  showWhenReady(window, { maximize: state.isMaximized });
  rememberWindowState(window, stateFile);
  window.loadURL(running.launchUrl).catch((error: unknown) => {
    console.warn(`Meridian's window could not load the console: ${String(error)}`);
  });
  return window;
}

async function launch(): Promise<void> {
  const sqliteNativeBinding = resolveSqliteNativeBinding(locations());
  try {
    backend = await startEmbeddedBackend(sqliteNativeBinding);
  } catch (error) {
    dialog.showErrorBox(
      'Meridian could not start',
      describeStartupError(error, { sqliteBindingFound: sqliteNativeBinding !== undefined, isPackaged: app.isPackaged }),
    );
    app.exit(1);
    return;
  }
  const origin = backend.origin;
  installSessionPolicy(session.defaultSession, origin);
  app.on('web-contents-created', (_event, contents) => {
    // Only http(s) URLs outside the app's origin get here (navigation-policy.ts, tested).
    hardenWebContents(contents, origin, (url) => shell.openExternal(url)); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform, openDocs })));
  mainWindow = openMainWindow(backend);
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would fight over one SQLite file; the first one gets focused instead.
  app.quit();
} else {
  app.setAppUserModelId(APP_ID);
  app.on('second-instance', focusMainWindow);
  closeBackendOnQuit(app, () => backend);
  // Ctrl-C in the `npm start` terminal (or a service manager's SIGTERM) goes through the same clean quit.
  process.once('SIGINT', () => app.quit());
  process.once('SIGTERM', () => app.quit());
  app.whenReady().then(launch).catch((error: unknown) => {
    dialog.showErrorBox('Meridian could not start', String(error));
    app.exit(1);
  });
}
