/**
 * Hostile text, end to end: everything the extension takes from pages and beacons is shown as
 * text only. The hostile shop puts script payloads (as text) in its greetings, product names,
 * privacy-link texts and widget headings, in the first-party cookies personalisation engines
 * read, in the event and product names its tags send, and in the NAME of a tracker's cookie; the
 * test types payloads into its checkout form. Then every extension page that shows this data —
 * the popup (with the anonymous comparison, which parses a page whose payloads are live markup),
 * the dashboard's overview, shop page, letter, companies, company pages, graph, timeline and
 * settings — and the export must show the payloads as literal text (masked where they are
 * personal: a payload greeting is not taken for a name, a greeting by name keeps its first
 * letter), carry no element or attribute that came from them, link only to http(s) pages, keep
 * every string bounded, and never run them: no dialog, no write to the sentinel, no script error,
 * no CSP refusal (but the parse-time handler check of the comparison's DOMParser document), and no
 * request ever to the canary host the payloads would call. The fixture is first proven without
 * the extension. Screenshots go to test-results/ (looked at by a person, not compared).
 */
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/export';
import { MAX_COOKIE_NAME_LENGTH } from '../../src/detectors/network/persistent-cookie';
import { launchBrowser, waitForWebRequestReady, type Browser } from './harness/chromium';
import {
  eventually,
  exportFromDashboard,
  openDashboard,
  openPopupFor,
  storedSettings,
  tabIdOf,
} from './harness/extension-pages';
import { clearLog, fetchLog, waitForRequests } from './harness/fixture-log';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(ROOT, 'dist');
const SHOTS = resolve(ROOT, 'test-results');
const SHOP_HOST = 'www.hostile-shop.example';
const SHOP = `https://${SHOP_HOST}/`;
const PRODUCT = `${SHOP}product.html`;
const SITE = 'hostile-shop.example';
/** The host the payloads would contact if any of them ran; it must never be asked for anything. */
const CANARY_HOST = 'pwned.glass-fixtures.example';

/** What the test types into the checkout form: one payload per field. */
const FORM = {
  email: '"><img src=x onerror=top.__glassPwned=1>@example.com',
  fullname: "<script>top.__glassPwned='form'</script>",
  street: '<svg onload=top.__glassPwned=1> 1',
  postcode: '68159',
  city: "javascript:top.__glassPwned='city'",
};

/** Payloads exactly as the pages, cookies and beacons carry them (the fixture's files). */
const PAYLOAD = {
  greeting: 'Hello, <img src=x onerror=top.__glassPwned=1>',
  delivery: 'Deliver to <img src=x onerror=top.__glassPwned=1> 68•••',
  recommended: "Recommended for you <script>top.__glassPwned='reco'</script>",
  recentlyViewed: 'Recently viewed "><iframe srcdoc="<img src=x onerror=top.__glassPwned=1>">',
  buyAgain: "Buy it again {{constructor.constructor('top.__glassPwned=1')()}}",
  loyalty: '<svg onload=top.__glassPwned=1> 1,250 points',
  memberPrice: 'Your member price €44.99 "><iframe srcdoc=x>',
  birthday: 'Happy birthday! ![gift](https://pwned.glass-fixtures.example/md-image)',
  dynamicYield: "<svg onload=top['__glassPwned']='dy'>",
  jd: '<script>top.__glassPwned=1</script>',
  salesforce: '<img src=x onerror=top.__glassPwned=1>, "><iframe srcdoc=x>',
  metaEvent: '<img src=x onerror=top.__glassPwned=1>',
  metaMarkdownEvent: '[Purchase](javascript:top.__glassPwned=1)',
  ga4Event: '<svg onload=top.__glassPwned=1>',
  productName: "<script>top.__glassPwned='name'</script>",
  ga4ProductName: '<img src=x onerror=top.__glassPwned=1>',
  searchTerm: '"><iframe srcdoc="<script>top.__glassPwned=1</script>">',
  cookieName: "<script>fetch('https://pwned.glass-fixtures.example/cookie-name')</script>",
  longCookieName: '<marquee>Quantcast-never-forgets-',
  /** Privacy-link texts are stored normalised (lower case), as src/detectors/page/privacy-links.ts does. */
  privacyNotice: 'privacy notice "><iframe srcdoc="<script>top.__glasspwned=1</script>">',
  deleteAccount: "[delete my account](javascript:top.__glasspwned='md')",
  cookieSettings: 'cookie settings <img src=x onerror=top.__glasspwned=1>',
};

/** The evidence of what the pages showed, as every view must print it (between quotes). */
const SHOWN_EVIDENCE = [
  PAYLOAD.delivery,
  PAYLOAD.recommended,
  PAYLOAD.recentlyViewed,
  PAYLOAD.buyAgain,
  PAYLOAD.loyalty,
  PAYLOAD.memberPrice,
  PAYLOAD.birthday,
];
const ENGINE_DETAILS = [PAYLOAD.dynamicYield, PAYLOAD.jd, PAYLOAD.salesforce];

/** Fill in the checkout like a person (type, leave each field), then submit. */
async function checkout(page: Page): Promise<void> {
  await page.goto(`${SHOP}checkout.html`, { waitUntil: 'load' });
  for (const [name, value] of Object.entries(FORM)) {
    await page.locator(`input[name="${name}"]`).pressSequentially(value, { delay: 2 });
    await page.keyboard.press('Tab');
  }
  await Promise.all([page.waitForURL(/thanks/), page.locator('#place-order').click()]);
  await page.waitForLoadState('load');
}

/**
 * The hostile journey: the home page (which marks the visitor as a known customer and sends the
 * beacons), the customer's product page in its own tab (kept open for the popup), then the checkout
 * and the thank-you page with a greeting by name. Returns the product tab.
 */
async function journey(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SHOP, { waitUntil: 'load' });
  const product = await context.newPage();
  await product.goto(PRODUCT, { waitUntil: 'load' });
  await product.getByText('Your member price').waitFor();
  await checkout(page);
  return product;
}

// ——— what the extension pages may contain ———

/**
 * Installed before any script of every page of the context: a trap on the sentinel the payloads
 * write (it records the write even if the value is deleted later) and a record of CSP refusals.
 */
function watchForPayloads(): void {
  const writes: unknown[] = [];
  const refusals: string[] = [];
  Object.defineProperty(window, '__glassPwned', {
    configurable: false,
    get: () => writes.at(-1),
    set: (value: unknown) => void writes.push(value),
  });
  (window as unknown as Record<string, unknown>).__glassWatch = { writes, refusals };
  document.addEventListener('securitypolicyviolation', (event) => {
    refusals.push(`${event.effectiveDirective} ${event.blockedURI}`);
  });
}

/**
 * The one CSP refusal a page may show: an inline event handler (`script-src-attr`) refused while
 * the popup parsed the anonymous page, whose markup is live, into a DOMParser document. Such a
 * document has no browsing context and never runs script; Chromium still checks its handler
 * attributes against the popup's CSP when it parses them. Anything else is a problem.
 */
const PARSE_TIME_REFUSAL = 'script-src-attr inline';
/**
 * What in an extension page could only have come from page data parsed as markup, or would let
 * it run: returns one line per problem (empty when the page is inert).
 */
async function inertnessProblems(page: Page, parsedLiveMarkup = false): Promise<string[]> {
  const allowedRefusal = parsedLiveMarkup ? PARSE_TIME_REFUSAL : undefined;
  return page.evaluate((allowed) => {
    const problems: string[] = [];
    const own = location.origin;
    const watch = (window as unknown as Record<string, unknown>).__glassWatch as
      { writes: unknown[]; refusals: string[] } | undefined;
    if (!watch) problems.push('the payload watch was not installed in this page');
    else {
      for (const value of watch.writes)
        problems.push(`a payload wrote window.__glassPwned = ${String(value)}`);
      for (const refusal of watch.refusals) if (refusal !== allowed) problems.push(`CSP refused ${refusal}`);
    }
    const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster']);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'frame', 'object', 'embed', 'base', 'foreignobject', 'marquee', 'image'].includes(tag))
        problems.push(`<${tag}> element`);
      if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push('<meta http-equiv>');
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${tag} ${name}="${attribute.value}">`);
        if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
        if (!URL_ATTRIBUTES.has(name)) continue;
        let url: URL;
        try {
          url = new URL(attribute.value, document.baseURI);
        } catch {
          problems.push(`<${tag} ${name}="${attribute.value}"> is not a URL`);
          continue;
        }
        const isLink = tag === 'a' && name === 'href';
        const allowed =
          url.origin === own ||
          (isLink && ['http:', 'https:', 'mailto:'].includes(url.protocol)) ||
          (tag === 'link' && url.origin === own);
        if (!allowed) problems.push(`<${tag} ${name}="${attribute.value}">`);
      }
    }
    for (const script of Array.from(document.scripts)) {
      if (!script.src || new URL(script.src).origin !== own)
        problems.push(`<script> not loaded from the extension: ${script.outerHTML.slice(0, 80)}`);
    }
    return problems;
  }, allowedRefusal);
}

/** Every <a href> of the page, resolved. */
async function linkTargets(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** The page's visible text plus the values of its form fields (the letter is a textarea). */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      `${document.body.innerText}\n${Array.from(document.querySelectorAll('textarea, input'))
        .map((field) => (field as HTMLInputElement).value)
        .join('\n')}`,
  );
}

/** Checks every page the extension shows: inert, and its links are http(s), mailto or its own. */
async function expectInert(page: Page, parsedLiveMarkup = false): Promise<void> {
  expect(await inertnessProblems(page, parsedLiveMarkup)).toEqual([]);
  // Node's URL gives non-special schemes the origin "null": build the extension's origin by hand.
  const own = `chrome-extension://${new URL(page.url()).host}`;
  for (const href of await linkTargets(page)) {
    expect(href.startsWith(`${own}/`) || /^(?:https?|mailto):/.test(href), href).toBe(true);
  }
}

function quoted(text: string): string {
  return `“${text}”`;
}

describe('the hostile shop, without the extension', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser({ allowThirdPartyCookies: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('carries payloads as text in greetings, product names, link texts and widgets, inert on its pages', async () => {
    await clearLog();
    const product = await journey(browser.context);
    const home = await browser.context.newPage();
    await home.goto(SHOP, { waitUntil: 'load' });
    expect(await home.locator('#nav-account').textContent()).toBe(PAYLOAD.greeting);
    expect(await home.locator('#rhf h2').textContent()).toBe(PAYLOAD.recommended);
    expect(await home.locator('#rhf li a').textContent()).toBe(
      '<img src=x onerror=top.__glassPwned=1> Kettle',
    );
    expect(await home.locator('footer').textContent()).toContain('Privacy notice "><iframe srcdoc=');
    const footerHrefs = await home
      .locator('footer a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(footerHrefs.filter((href) => /^\s*(?:javascript|data):/i.test(href ?? '')).length).toBe(6);
    expect(await product.locator('h1').textContent()).toBe('<img src=x onerror=top.__glassPwned=1> Kettle');
    expect(await product.locator('.member .title').textContent()).toBe(PAYLOAD.memberPrice);
    // As text the payloads are inert on the shop's own pages too.
    for (const page of [home, product]) {
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__glassPwned)).toBe(
        undefined,
      );
      expect(await page.locator('img, iframe, svg, marquee').count()).toBe(0);
    }
    expect(await fetchLog(CANARY_HOST)).toEqual([]);
  });

  it('sends payloads as event names, product names and search terms, and gets a cookie whose name is one', async () => {
    const meta = await waitForRequests((r) => r.path === '/tr/', { host: 'www.facebook.com' });
    const params = meta.map((r) => new URL(r.url).searchParams);
    expect(params.map((p) => p.get('ev'))).toEqual(
      expect.arrayContaining([PAYLOAD.metaEvent, PAYLOAD.metaMarkdownEvent]),
    );
    expect(params.map((p) => p.get('cd[content_name]'))).toContain(PAYLOAD.productName);
    expect(params.map((p) => p.get('cd[search_string]'))).toContain(PAYLOAD.searchTerm);
    const ga4 = await waitForRequests((r) => r.path === '/g/collect', { host: 'www.google-analytics.com' });
    expect(new URL(ga4[0]!.url).searchParams.get('en')).toBe(PAYLOAD.ga4Event);
    expect(new URL(ga4[0]!.url).searchParams.get('pr1')).toContain(`nm${PAYLOAD.ga4ProductName}`);
    // Chromium keeps Quantcast's cookie named by a payload and sends it back on the next page.
    const names = (await browser.context.cookies('https://pixel.quantserve.com/')).map((c) => c.name);
    expect(names).toContain(PAYLOAD.cookieName);
    expect(names.some((name) => name.startsWith(PAYLOAD.longCookieName) && name.length > 1000)).toBe(true);
    const quantcast = await waitForRequests((r) => (r.headers.cookie ?? '').includes(PAYLOAD.cookieName), {
      host: 'pixel.quantserve.com',
      description: 'the Quantcast pixel sending its payload-named cookie',
    });
    expect(quantcast.length).toBeGreaterThan(0);
    // The checkout sent the typed payloads to the shop.
    const order = await waitForRequests((r) => r.method === 'POST' && r.path === '/thanks.html', {
      host: SHOP_HOST,
    });
    const sent = new URLSearchParams(order[0]!.body);
    expect(sent.get('fullname')).toBe(FORM.fullname);
    expect(sent.get('email')).toBe(FORM.email);
  });

  it('proves the canary: live markup and javascript: links run and call it; a DOMParser document does not', async () => {
    // What an anonymous visitor gets (no customer cookie) is live markup. Parsed with DOMParser, as
    // the popup's comparison does, it runs nothing and loads nothing, even on a page without CSP.
    const thanks = await browser.context.newPage();
    await thanks.goto(`${SHOP}thanks.html`, { waitUntil: 'load' });
    const parsedPrice = await thanks.evaluate(async (url) => {
      const html = await (await fetch(url, { credentials: 'omit' })).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      await new Promise((done) => setTimeout(done, 500));
      return parsed.querySelector('.price')?.textContent;
    }, PRODUCT);
    expect(parsedPrice).toBe('€44.99');
    expect(await thanks.evaluate(() => (window as unknown as Record<string, unknown>).__glassPwned)).toBe(
      undefined,
    );
    expect(await fetchLog(CANARY_HOST)).toEqual([]);

    // The shop's "Do Not Sell" link is a javascript: URL: followed, it runs and calls the canary.
    const home = await browser.context.newPage();
    await home.goto(SHOP, { waitUntil: 'load' });
    await home.getByText('Do Not Sell or Share My Personal Information').click();
    await waitForRequests((r) => r.path === '/js-href', { host: CANARY_HOST });
    expect(await home.evaluate(() => (window as unknown as Record<string, unknown>).__glassPwned)).toBe(
      'dns',
    );

    // Loaded in a tab, the anonymous page's markup runs and calls the canary.
    await browser.context.clearCookies();
    const anonymous = await browser.context.newPage();
    await anonymous.goto(PRODUCT, { waitUntil: 'load' });
    expect(await anonymous.locator('.price').textContent()).toBe('€44.99');
    expect(
      await anonymous.evaluate(() => (window as unknown as Record<string, unknown>).__glassPwned),
    ).toBeDefined();
    const canary = await waitForRequests((r) => r.path.startsWith('/anon-'), { host: CANARY_HOST });
    expect(canary.length).toBeGreaterThan(0);
  });
});

describe('the hostile shop, with the extension', () => {
  let browser: Browser;
  let productTab: Page;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  /** Popups that parsed the anonymous page (live markup): only there may CSP refuse a handler. */
  const liveMarkupPages = new Set<Page>();
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ extensionDir: DIST, allowThirdPartyCookies: true });
    await browser.context.addInitScript(watchForPayloads);
    browser.context.on('page', (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || !page.url().startsWith('chrome-extension://')) return;
        const parseTimeRefusal = /^(?:Refused to execute|Executing) inline event handler violates /;
        if (liveMarkupPages.has(page) && parseTimeRefusal.test(message.text())) return;
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        if (page.url().startsWith('chrome-extension://')) pageErrors.push(`${page.url()}: ${error.message}`);
      });
    });
    await waitForWebRequestReady(browser);
    // From here on the canary host must never be asked for anything.
    await clearLog();
    productTab = await journey(browser.context);
    // Page scans run at idle time and the watchlist match takes a moment: wait until the popup
    // shows the product page's and the thank-you page's findings.
    await eventually(
      async () => {
        const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
        const subjects = await popup
          .getByTestId('knowledge-items')
          .locator('li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-subject')));
        await popup.close();
        return subjects.includes('member-price') && subjects.includes('greeting') ? subjects : undefined;
      },
      20_000,
      'the hostile shop’s findings in the popup',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('popup: shows every payload as literal text, masked where it is personal, and runs none', async () => {
    const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
    await popup.getByTestId('shares-with').waitFor();
    const text = await shownText(popup);
    for (const evidence of SHOWN_EVIDENCE) expect(text).toContain(quoted(evidence));
    for (const detail of ENGINE_DETAILS) expect(text).toContain(detail);
    // Event names and the cookie's name, as each company "was told" and "keeps".
    expect(text).toContain(`${PAYLOAD.metaEvent} ×2`);
    expect(text).toContain(`${PAYLOAD.metaMarkdownEvent} ×2`);
    expect(text).toContain(`${PAYLOAD.ga4Event} ×2`);
    expect(text).toContain(PAYLOAD.cookieName);
    // The greeting by name is masked; the greeting with a payload is not taken for a name.
    const greeting = popup.locator('li[data-subject="greeting"]');
    expect(await greeting.textContent()).toContain(quoted('Hello, D•••'));
    expect(text).not.toContain("D'Arcy");
    expect(text).not.toContain(PAYLOAD.greeting);
    // What the user typed is shown masked, and as text.
    expect(text).toContain('"•••@example.com');
    expect(text).not.toContain(FORM.email);
    expect(text).not.toContain(FORM.fullname);
    // The shop's privacy links: only their http(s) targets are links, their texts are titles.
    const shopLinks = await popup
      .locator('a[title]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('title'), (a as HTMLAnchorElement).href]));
    expect(shopLinks).toEqual(
      expect.arrayContaining([
        [
          PAYLOAD.privacyNotice,
          'https://www.hostile-shop.example/privacy.html?next=%22%3E%3Ciframe%20srcdoc%3Dx%3E',
        ],
        [PAYLOAD.deleteAccount, 'https://www.hostile-shop.example/account/delete.html'],
      ]),
    );
    await expectInert(popup);
    await popup.screenshot({ path: resolve(SHOTS, 'hostile-popup.png'), fullPage: true });
    await popup.close();
  });

  it('popup: the anonymous comparison parses a page of live markup without running or loading any of it', async () => {
    const settings = await openDashboard(browser, 'settings');
    const toggle = settings.getByTestId('comparison-toggle');
    await toggle.check();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(async () => (await storedSettings(browser))?.['compareAnonymous']).toBe(true);
    await settings.close();

    const popup = await openPopupFor(browser, await tabIdOf(browser, PRODUCT));
    liveMarkupPages.add(popup);
    await popup.getByTestId('compare-button').click();
    const result = popup.getByTestId('comparison-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await popup.getByTestId('comparison-price').textContent()).toMatch(
      /You see €49\.99; an anonymous visitor sees €44\.99\./,
    );
    // The anonymous fetches got the live-markup page; nothing in it reached the canary.
    await waitForRequests((r) => r.path === '/product.html' && !r.headers.cookie, { host: SHOP_HOST });
    expect(await fetchLog(CANARY_HOST)).toEqual([]);
    await expectInert(popup, true);
    await popup.screenshot({ path: resolve(SHOTS, 'hostile-popup-comparison.png'), fullPage: true });
    await popup.close();
  });

  it('dashboard overview and timeline: payloads as literal text', async () => {
    const overview = await openDashboard(browser, 'overview');
    await overview.getByTestId('overview-entry').first().waitFor();
    const text = await shownText(overview);
    for (const evidence of SHOWN_EVIDENCE) expect(text).toContain(quoted(evidence));
    for (const detail of ENGINE_DETAILS) expect(text).toContain(detail);
    await expectInert(overview);
    await overview.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-overview.png'), fullPage: true });
    await overview.close();

    const timeline = await openDashboard(browser, 'timeline');
    await timeline.getByTestId('timeline-entry').first().waitFor();
    const entries = await shownText(timeline);
    for (const detail of ENGINE_DETAILS) expect(entries).toContain(detail);
    await expectInert(timeline);
    await timeline.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-timeline.png'), fullPage: true });
    await timeline.close();
  });

  it('dashboard shop page: evidence, decoded events with product names and search terms, as text', async () => {
    const shop = await openDashboard(browser, `shop/${SITE}`);
    await shop.getByTestId('shop-page').waitFor();
    await shop.getByTestId('event-samples').locator('summary').click();
    await shop.getByTestId('event-sample').first().waitFor();
    const samples = (await shop.getByTestId('event-sample').allTextContents()).join('\n');
    expect(samples).toContain(PAYLOAD.productName);
    expect(samples).toContain(PAYLOAD.ga4ProductName);
    expect(samples).toContain(PAYLOAD.searchTerm);
    const text = await shownText(shop);
    for (const evidence of SHOWN_EVIDENCE) expect(text).toContain(quoted(evidence));
    expect(text).toContain(PAYLOAD.cookieName);
    expect(text).toContain(`${PAYLOAD.metaEvent} ×2`);
    await expectInert(shop);
    await shop.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-shop.png'), fullPage: true });
    await shop.close();
  });

  it('dashboard letter: the access request quotes the evidence as plain text', async () => {
    const dashboard = await openDashboard(browser, `shop/${SITE}/letter`);
    const letter = dashboard.getByTestId('shop-letter');
    await letter.waitFor();
    const body = await letter.getByTestId('letter-body').inputValue();
    expect(body).toContain(PAYLOAD.recommended);
    expect(body).toContain(PAYLOAD.memberPrice);
    await expectInert(dashboard);
    await letter.scrollIntoViewIfNeeded();
    await dashboard.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-letter.png'), fullPage: true });
    await dashboard.close();
  });

  it('dashboard companies, company pages with their letters, and the graph: inert, links http(s) only', async () => {
    const companies = await openDashboard(browser, 'companies');
    await companies.getByTestId('dossier').first().waitFor();
    await expectInert(companies);
    await companies.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-companies.png'), fullPage: true });
    await companies.close();

    for (const org of ['facebook', 'quantcast']) {
      const company = await openDashboard(browser, `company/${org}`);
      await company.getByTestId('company-page').waitFor();
      await company.getByTestId('dossier-shop').first().waitFor();
      await expectInert(company);
      await company.screenshot({
        path: resolve(SHOTS, `hostile-dashboard-company-${org}.png`),
        fullPage: true,
      });
      await company.close();
    }

    const graph = await openDashboard(browser, 'graph');
    await graph.getByTestId('flow-graph').waitFor();
    expect(await graph.getByTestId('graph-edge').count()).toBeGreaterThanOrEqual(3);
    await expectInert(graph);
    await graph.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-graph.png') });
    await graph.close();
  });

  it('dashboard settings: the typed payloads are on the watchlist masked, as text', async () => {
    const settings = await openDashboard(browser, 'settings');
    await settings.getByTestId('watchlist-entry').first().waitFor();
    const entries = (await settings.getByTestId('watchlist-entry').allTextContents()).join('\n');
    expect(entries).toContain('"•••@example.com');
    for (const value of Object.values(FORM)) expect(entries).not.toContain(value);
    await expectInert(settings);
    await settings.screenshot({ path: resolve(SHOTS, 'hostile-dashboard-settings.png'), fullPage: true });
    await settings.close();
  });

  it('export: the payloads as exact JSON strings, every one bounded, links only http(s)', async () => {
    const dashboard = await openDashboard(browser);
    const { document }: { document: ExportDocument } = await exportFromDashboard(dashboard);
    await expectInert(dashboard);
    await dashboard.close();
    const shop = document.retailers.find((r) => r.retailer === SITE)!;
    expect(shop.personalization.map((p) => p.evidence)).toEqual(expect.arrayContaining(SHOWN_EVIDENCE));
    expect(shop.personalization.find((p) => p.signal === 'greeting')?.evidence).toBe('Hello, D•••');
    expect(shop.engineInferences.map((e) => e.detail)).toEqual(expect.arrayContaining(ENGINE_DETAILS));
    expect(shop.privacyLinks.map((l) => l.text)).toEqual(
      expect.arrayContaining([PAYLOAD.privacyNotice, PAYLOAD.deleteAccount, PAYLOAD.cookieSettings]),
    );
    // javascript: and data: links were never kept; the cookie-settings "button" has no link at all.
    for (const link of shop.privacyLinks) if (link.href !== null) expect(link.href).toMatch(/^https:\/\//);
    const quantcast = shop.companies.find((c) => c.organization === 'quantcast')!;
    expect(quantcast.received.persistentIdentifiers).toContain(PAYLOAD.cookieName);
    // A tracker's cookie name is bounded like every other string taken from the wire.
    const long = quantcast.received.persistentIdentifiers.find((name) =>
      name.startsWith(PAYLOAD.longCookieName),
    );
    expect(long?.length).toBe(MAX_COOKIE_NAME_LENGTH);
    const meta = shop.companies.find((c) => c.organization === 'facebook')!;
    expect(Object.keys(meta.received.events)).toEqual(
      expect.arrayContaining([`meta:${PAYLOAD.metaEvent}`, `meta:${PAYLOAD.metaMarkdownEvent}`]),
    );
    // Nothing taken from this shop's pages or traffic is longer than a bounded field.
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) {
          strings.push(key);
          collect(item);
        }
    };
    collect(shop);
    collect(document.observations.filter((o) => o.retailer === SITE));
    expect(strings.filter((s) => s.length > 256)).toEqual([]);
  });

  it('ran nothing anywhere: no dialog, no script error, no CSP refusal, no request to the canary host', async () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await fetchLog(CANARY_HOST)).toEqual([]);
    // The shop tab itself stayed inert too (the extension changed nothing on it).
    expect(await productTab.evaluate(() => (window as unknown as Record<string, unknown>).__glassPwned)).toBe(
      undefined,
    );
  });
});
