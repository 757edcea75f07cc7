import { expect, type Page } from '@playwright/test';

/** The change panel every write goes through: a reason, then confirm. */
export async function confirmChange(page: Page, reason: string, typed?: string): Promise<void> {
  await page.getByTestId('reason-input').fill(reason);
  if (typed !== undefined) await page.getByTestId('typed-confirmation').fill(typed);
  await page.getByTestId('confirm-change').click();
}

/** Fills the traffic form's number inputs and waits for the live sum to agree. */
export async function fillWeights(page: Page, weights: Record<string, number>): Promise<void> {
  for (const [region, weight] of Object.entries(weights)) await page.getByTestId(`traffic-input-${region}`).fill(String(weight));
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  await expect(page.getByTestId('traffic-sum')).toContainText(String(sum));
}

/** "6.42 % err" → 0.0642 */
export function percentIn(text: string): number {
  const m = /([\d.]+)\s*%/.exec(text);
  if (!m?.[1]) throw new Error(`no percentage in "${text}"`);
  return Number(m[1]) / 100;
}
