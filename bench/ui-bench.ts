import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startBackend } from '../server/backend.js';
import { tempDir } from '../server/testing/temp-dir.js';
import { median, percentile } from './stats.js';

export interface UiBenchResult {
  firstDataMs: number[];
  interactionMs: number[];
  idleCpuPercent: number;
}

const CHROMIUM = process.env.MERIDIAN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * First cached data on screen: a console restarted on a warm cache (backend ready, page opened) until the first
 * health cell shows. Interaction: typing a traffic weight until the sum under it updates.
 */
export async function uiBench(runs = 5): Promise<UiBenchResult | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  const t = tempDir('meridian-uibench-');
  // Warm the cache once, as a previous session would have.
  const warm = await startBackend({ mode: 'server', dataDir: t.dir, historyDays: 0 });
  await new Promise((r) => setTimeout(r, 1_500));
  await warm.close();

  const backend = await startBackend({ mode: 'server', dataDir: t.dir, historyDays: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const firstDataMs: number[] = [];
  const interactionMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(backend.launchUrl);
      await page.locator('[data-testid^="health-cell-"]').first().waitFor();
      firstDataMs.push(performance.now() - started);

      await page.goto(`${backend.origin}/#/controls`);
      const input = page.getByTestId('traffic-input-us-east');
      await input.waitFor();
      for (const value of ['10', '20', '30']) {
        const t0 = performance.now();
        await input.fill(value);
        await page.getByTestId('traffic-sum').filter({ hasText: new RegExp(`\\b${Number(value) + 60}\\b`) }).waitFor();
        interactionMs.push(performance.now() - t0);
      }
      await context.close();
    }
    // Idle: the backend between polls, no page open, measured over 10 s of wall time.
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await new Promise((r) => setTimeout(r, 10_000));
    const cpu = process.cpuUsage(cpu0);
    const idleCpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - wall0)) * 100;
    return { firstDataMs, interactionMs, idleCpuPercent };
  } finally {
    await browser.close();
    await backend.close();
    t.remove();
  }
}

export const summarise = (ms: number[]) => `median ${median(ms).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms (n=${ms.length})`;
