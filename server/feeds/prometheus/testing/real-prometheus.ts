// A real Prometheus (Debian's `prometheus` package) on loopback for integration tests: its own temporary data
// folder, optionally backfilled with `promtool tsdb create-blocks-from openmetrics`, stopped by its pid.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The binaries, or why they cannot be used (for the skip message, or the failure in CI). */
export async function findPrometheus(): Promise<{ prometheus: string; promtool: string } | { missing: string }> {
  const found: Record<string, string> = {};
  for (const bin of ['prometheus', 'promtool']) {
    // MERIDIAN_PROMETHEUS / MERIDIAN_PROMTOOL point at other binaries (or, set to a missing path, show the skip).
    const override = process.env[`MERIDIAN_${bin.toUpperCase()}`];
    if (override) {
      if (!fs.existsSync(override)) return { missing: `${bin} is not at ${override} (MERIDIAN_${bin.toUpperCase()})` };
      found[bin] = override;
      continue;
    }
    try {
      found[bin] = (await run('sh', ['-c', `command -v ${bin}`])).stdout.trim();
    } catch {
      return { missing: `${bin} is not on PATH (Debian: apt-get install prometheus; .ci/run installs it)` };
    }
  }
  return { prometheus: found.prometheus ?? 'prometheus', promtool: found.promtool ?? 'promtool' };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  baseUrl: string;
  /** Everything Prometheus printed, for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  prometheus: string;
  promtool: string;
  dir: string;
  /** OpenMetrics text to backfill before start. */
  backfill?: string;
  /** Scrape targets (host:port) with their metrics path, scraped every second. */
  scrape?: Array<{ job: string; target: string; path: string }>;
}

export async function startPrometheus(o: StartOptions): Promise<RunningPrometheus> {
  const data = path.join(o.dir, 'data');
  fs.mkdirSync(data, { recursive: true });
  if (o.backfill !== undefined) {
    const file = path.join(o.dir, 'backfill.om');
    fs.writeFileSync(file, o.backfill);
    await run(o.promtool, ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', file, data], { timeout: 60_000 });
  }
  const jobs = (o.scrape ?? []).map((s) => `  - job_name: ${s.job}\n    scrape_interval: 1s\n    metrics_path: ${s.path}\n    static_configs:\n      - targets: ['${s.target}']\n`);
  const config = path.join(o.dir, 'prometheus.yml');
  fs.writeFileSync(config, `global:\n  scrape_interval: 15s\n${jobs.length > 0 ? `scrape_configs:\n${jobs.join('')}` : 'scrape_configs: []\n'}`);
  const port = await freePort();
  const args = [`--config.file=${config}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=30d', '--log.level=warn'];
  const child: ChildProcess = spawn(o.prometheus, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${baseUrl}/-/ready`)).ok) return { baseUrl, log: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`prometheus did not become ready within 20 s: ${output}`);
}
