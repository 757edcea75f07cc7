import { expect, test } from '@playwright/test';
import { stackFor } from './support/stack.js';

const stack = stackFor(test, 'steady', { role: 'viewer' });

test('a viewer cannot change anything, even by calling the API directly', async ({ page }) => {
  const call = (procedure: string, input: unknown) =>
    fetch(`${stack.meridian.origin}/trpc/${procedure}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.meridian.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  const write = { expectedVersion: 0, reason: 'viewer tries', idempotencyKey: 'viewer-key-0001' };
  const attempts: Array<[string, unknown]> = [
    ['controls.setFlag', { ...write, region: 'us-east', key: 'kill-recommendations', enabled: true }],
    ['controls.setDegradation', { ...write, region: 'us-east', mode: 'degraded' }],
    ['controls.setTraffic', { ...write, weights: { 'us-east': 34, 'eu-west': 33, 'ap-southeast': 33 } }],
    ['canary.act', { ...write, region: 'us-east', canaryId: 'search-4-3-0', action: 'abort' }],
  ];
  for (const [procedure, input] of attempts) {
    const res = await call(procedure, input);
    expect(res.status, procedure).toBe(403);
    expect(JSON.stringify(await res.json()), procedure).toMatch(/FORBIDDEN/);
  }
  const controls = await (await fetch(`${stack.demo.origin}/regions/us-east/v1/controls`)).json() as { flags: Array<{ key: string; version: number }>; degradation: { mode: string } };
  expect(controls.degradation.mode).toBe('normal');

  await page.goto(stack.meridian.launchUrl);
  await page.goto(`${stack.meridian.origin}/#/controls`);
  await expect(page.getByTestId('flag-toggle-us-east-kill-recommendations')).toBeDisabled();
  await expect(page.getByTestId('degradation-select-us-east')).toBeDisabled();
});
