import { expect, test } from '@playwright/test';
import { stackFor, startConsole, startDemo } from './support/stack.js';

const stack = stackFor(test, 'steady');

test('losing the platform brings the offline banner while cached data stays; its return brings live data back', async ({ page }) => {
  await page.goto(stack.meridian.launchUrl);
  const cell = page.getByTestId('health-cell-us-east-checkout');
  await expect(cell).toHaveAttribute('data-status', /pass|warn|fail/);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  const cachedText = await cell.innerText();

  await stack.demo.stop();
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('offline-banner')).toContainText(/cached|offline|unreachable/i);
  await expect(cell).toBeVisible();
  expect((await cell.innerText()).length).toBeGreaterThan(0);
  await expect(page.getByTestId('source-status-us-east/health')).toHaveAttribute('data-state', /stale|offline/);
  expect(cachedText.length).toBeGreaterThan(0);

  stack.demo = await startDemo('steady', stack.demo.port);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('source-status-us-east/health')).toHaveAttribute('data-state', 'live');
});

test('restarting Meridian while the platform is down shows the cache, labelled with its age', async ({ page }) => {
  await page.goto(stack.meridian.launchUrl);
  await expect(page.getByTestId('health-cell-eu-west-gateway')).toHaveAttribute('data-status', /pass|warn|fail/);
  await stack.demo.stop();
  await stack.meridian.stop();

  stack.meridian = await startConsole(stack.config, { dataDir: stack.meridian.dataDir });
  await page.goto(stack.meridian.launchUrl);
  await expect(page.getByTestId('health-cell-eu-west-gateway')).toHaveAttribute('data-status', /pass|warn|fail/);
  await expect(page.getByTestId('offline-banner')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('offline-banner')).toContainText(/ago/);

  stack.demo = await startDemo('steady', stack.demo.port);
});
