// The fixtures' shopping journey as a person does it: home, product, cart, then the checkout typed
// field by field (each left with Tab, so change events and blur-time scripts run) and submitted,
// then a page of another shop. Shared by the identifier and research-report journeys.
import type { Page } from 'playwright-core';

export const CUSTOMER = {
  name: 'Theo Beispiel',
  email: 'Theo.Beispiel@example.com',
  street: 'Planken 1',
  postcode: '68159',
  city: 'Mannheim',
};

/** Fill in `shop`'s checkout.html like a person, then submit it and wait for the thanks page. */
export async function checkout(page: Page, shop: string): Promise<void> {
  await page.goto(`${shop}checkout.html`, { waitUntil: 'load' });
  for (const [name, value] of Object.entries(CUSTOMER)) {
    await page.locator(`input[name="${name}"]`).pressSequentially(value, { delay: 5 });
    await page.keyboard.press('Tab');
  }
  // Automatic matching hashes the email when the field is left; let that beacon go first.
  await page.waitForTimeout(500);
  await Promise.all([page.waitForURL(/thanks/), page.locator('form [type=submit]').click()]);
  await page.waitForLoadState('load');
}

/** Home → product → cart → checkout on `shop`, then `control` (a shop that shares nothing). */
export async function shoppingJourney(page: Page, shop: string, control: string): Promise<void> {
  await page.goto(shop, { waitUntil: 'load' });
  await page.goto(`${shop}product.html`, { waitUntil: 'load' });
  await page.goto(`${shop}cart.html`, { waitUntil: 'load' });
  await checkout(page, shop);
  await page.waitForTimeout(1000);
  await page.goto(control, { waitUntil: 'load' });
}
