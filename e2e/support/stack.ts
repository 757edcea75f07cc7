import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Spawns a CLI and waits until its output matches `ready`; fails with the output if it exits first. */
function startProcess(args: string[], ready: RegExp, timeoutMs = 60_000): Promise<Started & { match: RegExpMatchArray }> {
  const child = spawn(tsx, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${args.join(' ')}:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, output: () => out, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

export interface DemoProcess {
  port: number;
  origin: string;
  stop(): Promise<void>;
}

/** The demo platform as its own process, so a test can take the platform away and bring it back. */
export async function startDemo(scenario: string, port?: number): Promise<DemoProcess> {
  const p = port ?? (await freePort());
  const { child } = await startProcess(['server/demo-platform/cli.ts', '--scenario', scenario, '--port', String(p)], /127\.0\.0\.1:\d+/);
  return { port: p, origin: `http://127.0.0.1:${p}`, stop: () => stopProcess(child) };
}

export interface ConsoleProcess {
  origin: string;
  launchUrl: string;
  secret: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export function platformConfigFor(demo: DemoProcess, dir: string): string {
  const regions = [
    { id: 'us-east', timeZone: 'America/New_York' },
    { id: 'eu-west', timeZone: 'Europe/Dublin' },
    { id: 'ap-southeast', timeZone: 'Asia/Singapore' },
  ].map((r) => ({ ...r, baseUrl: `${demo.origin}/regions/${r.id}` }));
  const file = path.join(dir, 'platform.json');
  fs.writeFileSync(file, JSON.stringify({ regions, trafficManagerUrl: `${demo.origin}/global`, timeoutMs: 1_500 }, null, 2));
  return file;
}

/** `meridian serve` against a platform config, with fast polls and one day of history to keep tests quick. */
export async function startConsole(platformConfig: string, options: { dataDir?: string; role?: string } = {}): Promise<ConsoleProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-'));
  const args = ['server/cli/serve.ts', '--platform', platformConfig, '--data-dir', dataDir, '--poll-ms', '1000', '--history-days', '1'];
  if (options.role) args.push('--role', options.role);
  const { child, match, output } = await startProcess(args, /Open this URL[^:]*: (http:\/\/\S+)/);
  const launchUrl = match[1] ?? '';
  const url = new URL(launchUrl);
  return {
    origin: url.origin,
    launchUrl,
    secret: url.searchParams.get('token') ?? '',
    dataDir,
    output,
    stop: () => stopProcess(child),
  };
}

export interface Stack {
  demo: DemoProcess;
  meridian: ConsoleProcess;
  config: string;
}

/**
 * A demo platform and a console for one spec file, started before its tests and stopped after. Tests may
 * replace `demo` or `meridian` (stop and restart them); whatever is current at the end is stopped.
 */
export function stackFor(test: { beforeAll(fn: () => Promise<void>): void; afterAll(fn: () => Promise<void>): void }, scenario: string, options: { role?: string } = {}): Stack {
  const stack = {} as Stack;
  test.beforeAll(async () => {
    stack.demo = await startDemo(scenario);
    stack.config = platformConfigFor(stack.demo, fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-cfg-')));
    stack.meridian = await startConsole(stack.config, options);
  });
  test.afterAll(async () => {
    await stack.meridian?.stop();
    await stack.demo?.stop();
  });
  return stack;
}
