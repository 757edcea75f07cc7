import { expect, test } from '@playwright/test';
import { confirmChange, percentIn } from './support/console-page.js';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'payments-brownout');

test('degrading ap-southeast brings its checkout failure ratio down, shown on screen, and is audited', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(stack.meridian.launchUrl);
  const checkoutCell = page.getByTestId('health-cell-ap-southeast-checkout');
  await expect(checkoutCell).toHaveAttribute('data-status', /warn|fail/);
  const failingBefore = percentIn(await checkoutCell.innerText());
  expect(failingBefore).toBeGreaterThan(0.02);

  await page.goto(`${stack.meridian.origin}/#/controls`);
  await page.getByTestId('degradation-select-ap-southeast').selectOption('degraded');
  await confirmChange(page, 'payments brownout: shed promotions and recommendations');
  await expect(page.getByTestId('degradation-mode-ap-southeast')).toHaveClass(/mode-degraded/);

  // Within a few polls the live error ratio of checkout falls…
  await page.goto(`${stack.meridian.origin}/#/`);
  await expect.poll(async () => percentIn(await checkoutCell.innerText()), { timeout: 20_000 }).toBeLessThan(failingBefore / 2);
  await expect(page.getByTestId('degradation-ap-southeast')).toContainText(/degraded/i);

  // …and the effect panel next to the switch shows the checkout failure ratio before and after, once a full
  // minute after the change has been counted.
  await page.goto(`${stack.meridian.origin}/#/controls`);
  const after = page.getByTestId('checkout-failure-after-ap-southeast');
  await expect(after).toContainText(/%/, { timeout: 180_000 });
  const before = percentIn(await page.getByTestId('checkout-failure-before-ap-southeast').innerText());
  expect(percentIn(await after.innerText())).toBeLessThan(before);

  await page.goto(`${stack.meridian.origin}/#/audit`);
  await expect(page.getByRole('main')).toContainText('payments brownout: shed promotions and recommendations');
  await expect(page.getByRole('main')).toContainText(/degradation/);
});
