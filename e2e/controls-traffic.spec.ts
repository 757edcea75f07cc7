import { expect, test } from '@playwright/test';
import { confirmChange, fillWeights } from './support/console-page.js';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'region-outage');

async function platformWeights(): Promise<Record<string, number>> {
  const res = await fetch(`${stack.demo.origin}/global/v1/traffic`);
  return ((await res.json()) as { weights: Record<string, number> }).weights;
}

test('moving 20 points away from failing eu-west works; draining two regions is refused by name', async ({ page }) => {
  const start = await platformWeights();
  const euWest = start['eu-west'] ?? 0;
  expect(euWest).toBeGreaterThanOrEqual(20);
  const target = { 'us-east': (start['us-east'] ?? 0) + 20, 'eu-west': euWest - 20, 'ap-southeast': start['ap-southeast'] ?? 0 };

  await page.goto(stack.meridian.launchUrl);
  await page.goto(`${stack.meridian.origin}/#/controls`);
  await fillWeights(page, target);
  await expect(page.getByTestId('traffic-preview')).toBeVisible();
  await page.getByTestId('traffic-apply').click();
  await confirmChange(page, 'eu-west gateway failing: move 20 points to us-east');
  await expect.poll(platformWeights, { timeout: 10_000 }).toEqual(target);

  // Draining two regions breaks "at least 2 regions keep traffic" (and the 25-point limit): refused, named.
  await fillWeights(page, { 'us-east': 100, 'eu-west': 0, 'ap-southeast': 0 });
  await expect(page.getByTestId('safety-violation-min-regions-with-traffic')).toBeVisible();
  await page.getByTestId('traffic-apply').click();
  const typed = page.getByTestId('typed-confirmation');
  await confirmChange(page, 'trying to drain two regions', (await typed.count()) > 0 ? 'eu-west, ap-southeast' : undefined);
  await expect(page.getByTestId('control-error')).toContainText('min-regions-with-traffic');
  expect(await platformWeights()).toEqual(target);

  await page.goto(`${stack.meridian.origin}/#/audit`);
  await expect(page.getByRole('main')).toContainText('eu-west gateway failing: move 20 points to us-east');
  await expect(page.getByRole('main')).toContainText('trying to drain two regions');
  await expect(page.locator('[data-testid^="audit-row-"][data-result="refused"]').first()).toBeVisible();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
});

test('two consoles changing the same weights see a conflict, not a silent overwrite', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  for (const page of [a, b]) {
    await page.goto(stack.meridian.launchUrl);
    await page.goto(`${stack.meridian.origin}/#/controls`);
    await expect(page.getByTestId('traffic-input-us-east')).toBeVisible();
  }
  const start = await platformWeights();
  const usEast = start['us-east'] ?? 0;
  const ap = start['ap-southeast'] ?? 0;

  await fillWeights(a, { 'us-east': usEast - 5, 'eu-west': start['eu-west'] ?? 0, 'ap-southeast': ap + 5 });
  // B edits from the same starting version before A's change lands.
  await fillWeights(b, { 'us-east': usEast + 5, 'eu-west': start['eu-west'] ?? 0, 'ap-southeast': ap - 5 });
  await a.getByTestId('traffic-apply').click();
  await confirmChange(a, 'console A shifts 5 points to ap-southeast');
  await expect.poll(async () => (await platformWeights())['ap-southeast']).toBe(ap + 5);

  await b.getByTestId('traffic-apply').click();
  await confirmChange(b, 'console B shifts 5 points to us-east');
  await expect(b.getByTestId('control-conflict')).toBeVisible();
  await expect(b.getByTestId('control-conflict')).toContainText(/changed by/i);
  expect((await platformWeights())['ap-southeast']).toBe(ap + 5);
});
