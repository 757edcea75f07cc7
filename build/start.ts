// `npm start`: the desktop app when this machine can run Electron, otherwise the same backend in server
// mode with one sentence saying why and where to open it. Builds only what is stale.
//   npm start                 desktop window (or server mode if Electron cannot run here)
//   npm start -- --server     server mode straight away (also MERIDIAN_START_MODE=server)
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKEND_CLOSE_TIMEOUT_MS, withTimeout } from '../electron/backend-lifecycle.js';
import { electronPackageDir, resolveElectronBinary, type ElectronBinary } from '../electron/electron-binary.js';
import { decideLaunch, serverModeSentence } from '../electron/launch-decision.js';
import { ensureRendererBuilt } from './ensure-renderer.js';
import { isElectronSqliteBuildCurrent, rebuildSqliteForElectron } from './native/rebuild-sqlite-for-electron.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** An Electron that exits non-zero this soon never showed a window (missing libraries, sandbox, GPU). */
const EARLY_EXIT_MS = 3_000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', () => done(null));
    child.on('exit', (code) => done(code));
  });
}

async function compileApp(): Promise<void> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if ((await run(process.execPath, [tsc, '-p', 'tsconfig.build.json'])) !== 0) {
    throw new Error('The app build (tsc -p tsconfig.build.json) failed; see the errors above.');
  }
}

/** Electron cannot load node_modules' Node-ABI SQLite; build the Electron one if it is missing or stale. */
async function ensureElectronSqlite(): Promise<string | undefined> {
  if (isElectronSqliteBuildCurrent()) return undefined;
  try {
    await rebuildSqliteForElectron();
    return undefined;
  } catch (error) {
    console.error(messageOf(error));
    return 'SQLite has no Electron build on this machine yet';
  }
}

type ElectronOutcome = { ran: true; code: number } | { ran: false; because: string };

function runElectron(binary: string): Promise<ElectronOutcome> {
  return new Promise((done) => {
    const env = { ...process.env };
    // Inherited from a parent Electron tool, this would make the binary behave as plain Node.
    delete env['ELECTRON_RUN_AS_NODE'];
    // The repository root, not dist/electron/main.js: Electron then reads package.json (name, version,
    // "main": "dist/electron/main.js") exactly as the packaged app does.
    const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
    const startedAt = Date.now();
    let signalled = false;
    const forward = (signal: NodeJS.Signals): void => {
      signalled = true;
      child.kill(signal);
    };
    const onInt = (): void => forward('SIGINT');
    const onTerm = (): void => forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const finish = (outcome: ElectronOutcome): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(outcome);
    };
    child.on('error', (error) => finish({ ran: false, because: `Electron could not be started on this machine (${error.message})` }));
    child.on('exit', (code, signal) => {
      const failedAtOnce = !signalled && code !== 0 && Date.now() - startedAt < EARLY_EXIT_MS;
      if (failedAtOnce) {
        finish({ ran: false, because: `Electron exited at once on this machine (${signal ?? `code ${String(code)}`})` });
      } else {
        finish({ ran: true, code: code ?? (signalled ? 0 : 1) });
      }
    });
  });
}

async function runServer(because: string | undefined): Promise<void> {
  const { startBackend } = await import('../server/backend.js');
  const dataDir = process.env['MERIDIAN_DATA_DIR'] || join(root, '.meridian-data');
  const platformConfigPath = process.env['MERIDIAN_PLATFORM_CONFIG'] || undefined;
  const backend = await startBackend({ mode: 'server', dataDir, rendererDir: join(root, 'dist', 'renderer'), platformConfigPath });
  console.log(serverModeSentence(because, backend.launchUrl));
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(130); // a second Ctrl-C means "now"
    stopping = true;
    console.log('Stopping Meridian…');
    withTimeout(backend.close(), BACKEND_CLOSE_TIMEOUT_MS, 'Closing the backend').then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Meridian did not stop cleanly: ${messageOf(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  const forceServer = process.argv.includes('--server') || process.env['MERIDIAN_START_MODE'] === 'server';
  await ensureRendererBuilt();
  const binary: ElectronBinary = forceServer
    ? { found: false, reason: 'server mode was asked for' }
    : await resolveElectronBinary(electronPackageDir());
  const decision = decideLaunch({ binary, platform: process.platform, env: process.env, forceServer });
  if (decision.mode === 'server') return runServer(decision.because);

  const sqliteProblem = await ensureElectronSqlite();
  if (sqliteProblem !== undefined) return runServer(sqliteProblem);
  await compileApp();
  const outcome = await runElectron(decision.binary);
  if (!outcome.ran) return runServer(outcome.because);
  process.exitCode = outcome.code;
}

main().catch((error: unknown) => {
  // One line an operator can act on; the stack belongs to whoever debugs it, not to `npm start`.
  console.error(messageOf(error));
  process.exitCode = 1;
});
