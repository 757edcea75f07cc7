import { expect, test } from '@playwright/test';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'steady');

interface Flag {
  key: string;
  enabled: boolean;
  updatedBy: string;
  reason: string;
}

async function platformFlag(region: string, key: string): Promise<Flag | undefined> {
  const res = await fetch(`${stack.demo.origin}/regions/${region}/v1/controls`);
  const body = (await res.json()) as { flags: Flag[] };
  return body.flags.find((f) => f.key === key);
}

test('a flag toggled in the console reaches the platform and comes back', async ({ page }) => {
  const before = await platformFlag('eu-west', 'kill-recommendations');
  expect(before).toBeDefined();
  await page.goto(stack.meridian.launchUrl);
  await page.goto(`${stack.meridian.origin}/#/controls`);
  const toggle = page.getByTestId('flag-toggle-eu-west-kill-recommendations');
  await expect(toggle).toBeVisible();
  await toggle.click();
  await page.getByTestId('reason-input').fill('e2e: checking the flag round trip');
  await page.getByTestId('confirm-change').click();

  await expect.poll(async () => (await platformFlag('eu-west', 'kill-recommendations'))?.enabled, { timeout: 10_000 }).toBe(!before?.enabled);
  const after = await platformFlag('eu-west', 'kill-recommendations');
  expect(after?.reason).toBe('e2e: checking the flag round trip');
  await expect(page.getByTestId('flag-state-eu-west-kill-recommendations')).toContainText(before?.enabled ? /off/i : /on/i);

  // A change made outside Meridian shows up on the next poll.
  const current = await (await fetch(`${stack.demo.origin}/regions/eu-west/v1/controls`)).json() as { flags: Array<Flag & { version: number }> };
  const flag = current.flags.find((f) => f.key === 'kill-recommendations');
  const res = await fetch(`${stack.demo.origin}/regions/eu-west/v1/flags/kill-recommendations`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-${Date.now()}` },
    body: JSON.stringify({ enabled: before?.enabled, expectedVersion: flag?.version, actor: 'someone-else', reason: 'outside change' }),
  });
  expect(res.status).toBe(200);
  await expect(page.getByTestId('flag-state-eu-west-kill-recommendations')).toContainText(before?.enabled ? /on/i : /off/i, { timeout: 10_000 });
});
