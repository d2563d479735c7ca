/**
 * Access: the popup and the dashboard's views pass axe-core's WCAG 2 A/AA rules (labels, names,
 * roles, contrast) in light and dark mode, and the popup works from the keyboard: Tab reaches the
 * category chips, Enter filters the list. axe runs inside the extension page through the
 * DevTools protocol (page.evaluate), which the pages' CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import { eventually, openDashboard, openPopupFor, tabIdOf } from './harness/extension-pages';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOP = 'https://www.kaufhaus-quadrate.example/';
const TRACKING = 'https://www.tracking-shop.example/';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('accessibility of the popup and the dashboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST });
    await waitForWebRequestReady(browser);
    for (const url of [SHOP, TRACKING]) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
    }
    await eventually(
      async () => {
        const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
        const count = await popup.getByTestId('knowledge-items').locator('li').count();
        await popup.close();
        return count > 0 ? count : undefined;
      },
      15_000,
      'the shop’s findings',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes WCAG A/AA checks in ${scheme} mode`, async () => {
      const problems: string[] = [];
      const popup = await openPopupFor(browser, await tabIdOf(browser, TRACKING));
      await popup.emulateMedia({ colorScheme: scheme });
      problems.push(...(await violations(popup)).map((v) => `popup: ${v}`));
      await popup.close();
      for (const view of [
        'overview',
        'shops',
        'shop/kaufhaus-quadrate.example',
        'companies',
        'company/google',
        'graph',
        'timeline',
        'data',
        'settings',
      ]) {
        const dashboard = await openDashboard(browser, view);
        await dashboard.emulateMedia({ colorScheme: scheme });
        problems.push(...(await violations(dashboard)).map((v) => `#${view}: ${v}`));
        await dashboard.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it('works from the keyboard: Tab reaches the chips, Enter filters the items', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, SHOP));
    let focused = '';
    for (let presses = 0; presses < 20 && focused !== 'location'; presses++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-category') ?? '');
    }
    expect(focused).toBe('location');
    await popup.keyboard.press('Enter');
    const categories = await popup
      .getByTestId('knowledge-items')
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-category')));
    expect(new Set(categories)).toEqual(new Set(['location']));
    expect(await popup.locator('button[data-category="location"]').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
  });
});
