import { expect, test } from '@playwright/test';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'payments-brownout');

test('the overview shows every region and service live, with the traffic split and the burning SLO', async ({ page }) => {
  await page.goto(stack.meridian.launchUrl);
  // The launch token is traded for a cookie and removed from the address bar.
  await expect(page).toHaveURL(new RegExp(`^${stack.meridian.origin}/(#.*)?$`));

  for (const region of ['us-east', 'eu-west', 'ap-southeast']) {
    for (const service of ['gateway', 'checkout', 'payments']) {
      await expect(page.getByTestId(`health-cell-${region}-${service}`)).toHaveAttribute('data-status', /pass|warn|fail/);
    }
    await expect(page.getByTestId(`traffic-weight-${region}`)).toContainText(/\d+\s*%/);
    await expect(page.getByTestId(`degradation-${region}`)).toContainText(/normal/i);
  }
  // payments-brownout: ap-southeast's payments are failing, and its checkout SLO is at risk.
  await expect(page.getByTestId('health-cell-ap-southeast-payments')).toHaveAttribute('data-status', /warn|fail/);
  await expect(page.getByText(/checkout/i).first()).toBeVisible();
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  // The README's screenshot comes from this run.
  await page.screenshot({ path: 'docs/screenshots/overview.png', fullPage: false });
});

test('every navigation page renders real data, reachable by keyboard', async ({ page }) => {
  await page.goto(stack.meridian.launchUrl);
  await expect(page.getByTestId('health-cell-us-east-gateway')).toBeVisible();
  for (const [name, hash] of [['SLOs', '#/slos'], ['Canaries', '#/canaries'], ['KPIs', '#/kpis'], ['Controls', '#/controls'], ['Incidents', '#/incidents'], ['Settings', '#/settings']] as const) {
    await page.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(page.getByRole('main')).not.toContainText(/coming soon/i);
  }
  await page.goto(`${stack.meridian.origin}/#/slos`);
  await expect(page.getByRole('main')).toContainText(/ap-southeast/);
  await page.goto(`${stack.meridian.origin}/#/settings`);
  await expect(page.getByRole('main')).toContainText(/payments-brownout|configured/);
});

test('the API refuses a page that has no launch secret', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(stack.meridian.origin);
  await expect(page.getByText(/launch link|launch URL/i).first()).toBeVisible();
  await context.close();
});
