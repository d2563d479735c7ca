/**
 * One-screen lists: the popup names a few companies per item and a few unknown domains, then
 * "and N more"; the dashboard names them all. Rendered with preact into a linkedom document,
 * browser.i18n stubbed to return message keys and their substitutions.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { UnknownThirdParty } from '../../src/model';
import { emptyProfile, type KnowledgeItem } from '../../src/profile';
import { companyLink } from './helpers';
import { usePreactRoot } from './preact-root';

vi.mock('../../extension/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => [key, ...substitutions].join(' '),
      getUILanguage: () => 'en-US',
    },
    // What the popup's own components ask for after it rendered: nothing to show.
    runtime: {
      getURL: (path: string) => `chrome-extension://glass/${path}`,
      sendMessage: () => Promise.resolve({ ok: false, error: 'not in a browser' }),
    },
    tabs: { sendMessage: () => Promise.resolve(undefined) },
  },
}));

const dom = usePreactRoot();

const holders = Array.from({ length: 12 }, (_, i) => `org${i + 1}`);

const item: KnowledgeItem = {
  id: 'partner-told|browser-id',
  retailer: 'shop.example',
  category: 'identity',
  how: 'partner-told',
  subject: 'browser-id',
  heldBy: holders,
  strength: 'certain',
  firstSeen: Date.UTC(2026, 0, 5),
  lastSeen: Date.UTC(2026, 0, 5),
};

describe('shortList', () => {
  it('joins every name up to the limit, then names the first ones and counts the rest', async () => {
    const { shortList } = await import('../../extension/ui/i18n');
    expect(shortList([])).toBe('');
    expect(shortList(['a', 'b', 'c'])).toBe('a, b, c');
    expect(shortList(['a', 'b', 'c'], 3)).toBe('a, b, c');
    expect(shortList(['a', 'b', 'c', 'd'], 3)).toBe('listAndMore a, b, c 1');
    expect(shortList(holders, 8)).toBe('listAndMore org1, org2, org3, org4, org5, org6, org7, org8 4');
  });

  it('counts the rest from a total when only the first names were kept', async () => {
    const { shortList } = await import('../../extension/ui/i18n');
    expect(shortList(['a', 'b'], 2, 547)).toBe('listAndMore a, b 545');
    expect(shortList(['a', 'b'], 8, 2)).toBe('a, b');
    // Fewer names kept than the limit: the rest is counted from the names shown.
    expect(shortList(['a', 'b'], 8, 5)).toBe('listAndMore a, b 3');
  });
});

describe('KnowledgeList', () => {
  it('names every company that was sent an item unless told to stop, then says how many more', async () => {
    const { KnowledgeList } = await import('../../extension/ui/knowledge-view');
    const nameOf = (key: string) => key.toUpperCase();
    await act(() => render(h(KnowledgeList, { items: [item], nameOf }), dom.root()));
    expect(dom.root().querySelector('.how')?.textContent).toContain(
      `heldByList ${holders.map(nameOf).join(', ')}`,
    );

    await act(() => render(h(KnowledgeList, { items: [item], nameOf, holdersLimit: 3 }), dom.root()));
    const text = dom.root().querySelector('.how')?.textContent ?? '';
    expect(text).toContain('heldByList listAndMore ORG1, ORG2, ORG3 9');
    expect(text).not.toContain('ORG4');
  });
});

describe('Popup', () => {
  it('lists the busiest companies, links to the shop page for all of them, and counts the unknown domains', async () => {
    const { popupViewOf } = await import('../../src/profile');
    const { Popup } = await import('../../extension/popup/popup');
    const profile = emptyProfile('busy-shop.example', Date.UTC(2026, 0, 5));
    profile.pageViews = 40;
    for (let i = 1; i <= 13; i++)
      profile.companies[`ads-${i}`] = companyLink(`ads-${i}`, {
        requests: i,
        categories: { advertising: i },
      });
    for (let i = 1; i <= 12; i++)
      profile.unknownThirdParties[`cdn-${i}.example`] = unknownParty(`cdn-${i}.example`);
    const view = popupViewOf(profile.retailer, profile, new Map());
    const initial = Promise.resolve({
      ...view,
      state: 'site' as const,
      tabId: 3,
      names: new Map<string, string>(),
    });
    // The ready marker waits for a frame.
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
    await act(() => render(h(Popup, { initial }), dom.root()));
    await act(() => initial.then(() => undefined));
    const root = dom.root();
    expect(root.querySelectorAll('[data-testid="company"]')).toHaveLength(8);
    expect(root.querySelector('[data-testid="shares-with"]')?.getAttribute('data-count')).toBe('13');
    const all = root.querySelector('[data-testid="show-all-companies"]');
    expect(all?.textContent).toBe('popupShowAllCompanies 13');
    expect(all?.getAttribute('href')).toBe(
      'chrome-extension://glass/extension/dashboard/index.html#shop/busy-shop.example',
    );
    expect(root.querySelector('[data-testid="unknown-domains"]')?.textContent).toBe(
      'popupOtherDomains 12 listAndMore cdn-1.example, cdn-2.example, cdn-3.example, cdn-4.example, ' +
        'cdn-5.example, cdn-6.example, cdn-7.example, cdn-8.example 4',
    );
  });
});

function unknownParty(domain: string): UnknownThirdParty {
  return {
    domain,
    requests: 1,
    received: { identifiers: {}, beforeSubmit: 0, events: {}, persistentIdentifiers: [] },
    observations: 1,
    firstSeen: 0,
    lastSeen: 0,
  };
}
