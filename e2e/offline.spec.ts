import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { platformConfigFor, startConsole, startDemo, type ConsoleProcess, type DemoProcess } from './support/stack.js';

let demo: DemoProcess;
let meridian: ConsoleProcess;
let config: string;

test.beforeAll(async () => {
  demo = await startDemo('steady');
  config = platformConfigFor(demo, fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-cfg-')));
  meridian = await startConsole(config);
});
test.afterAll(async () => {
  await meridian?.stop();
  await demo?.stop();
});

test('losing the platform brings the offline banner while cached data stays; its return brings live data back', async ({ page }) => {
  await page.goto(meridian.launchUrl);
  const cell = page.getByTestId('health-cell-us-east-checkout');
  await expect(cell).toHaveAttribute('data-status', /pass|warn|fail/);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  const cachedText = await cell.innerText();

  await demo.stop();
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('offline-banner')).toContainText(/cached|offline|unreachable/i);
  await expect(cell).toBeVisible();
  expect((await cell.innerText()).length).toBeGreaterThan(0);
  await expect(page.getByTestId('source-status-us-east/health')).toHaveAttribute('data-state', /stale|offline/);
  expect(cachedText.length).toBeGreaterThan(0);

  demo = await startDemo('steady', demo.port);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('source-status-us-east/health')).toHaveAttribute('data-state', 'live');
});

test('restarting Meridian while the platform is down shows the cache, labelled with its age', async ({ page }) => {
  await page.goto(meridian.launchUrl);
  await expect(page.getByTestId('health-cell-eu-west-gateway')).toHaveAttribute('data-status', /pass|warn|fail/);
  await demo.stop();
  await meridian.stop();

  meridian = await startConsole(config, { dataDir: meridian.dataDir });
  await page.goto(meridian.launchUrl);
  await expect(page.getByTestId('health-cell-eu-west-gateway')).toHaveAttribute('data-status', /pass|warn|fail/);
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('offline-banner')).toContainText(/ago/);

  demo = await startDemo('steady', demo.port);
});
