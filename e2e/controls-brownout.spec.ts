import { expect, test } from '@playwright/test';
import { confirmChange, percentIn } from './support/console-page.js';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'payments-brownout');

const CHECKOUT_SLO = 'ap-southeast.checkout.availability';

test('the brownout pages once for ap-southeast checkout; degrading the region brings failures down and the SLO to recovering', async ({ page }) => {
  // The SLO's fast page rule needs its 5-minute window to clear after the change: several real minutes.
  test.setTimeout(600_000);
  await page.goto(stack.meridian.launchUrl);

  // The checkout SLO in ap-southeast is critical and raises one page notification (an in-app toast mirrors it).
  await page.goto(`${stack.meridian.origin}/#/slos`);
  await expect(page.getByTestId(`slo-cell-${CHECKOUT_SLO}`)).toHaveAttribute('data-state', 'critical', { timeout: 30_000 });
  const checkoutToasts = page.locator(`[data-testid="slo-page-toast"][data-slo-id="${CHECKOUT_SLO}"]`);
  await expect(checkoutToasts).toHaveCount(1, { timeout: 30_000 });
  await page.reload();
  await page.waitForTimeout(3_000);
  await expect(checkoutToasts).toHaveCount(0);

  await page.goto(`${stack.meridian.origin}/#/`);
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

  // Once five full minutes after the change are counted, the fast burn has stopped: recovering, with no new page.
  await page.goto(`${stack.meridian.origin}/#/slos`);
  await expect(page.getByTestId(`slo-cell-${CHECKOUT_SLO}`)).toHaveAttribute('data-state', 'recovering', { timeout: 420_000 });
  await expect(checkoutToasts).toHaveCount(0);
});
