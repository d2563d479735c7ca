/**
 * The opt-out list and the access-letter components, rendered with preact into a linkedom
 * document, with browser.i18n stubbed to return message keys and their substitutions.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { AccessRequestInput } from '../../src/letters';
import type { OptOutAction } from '../../src/optouts';
import { usePreactRoot } from './preact-root';

vi.mock('../../extension/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => [key, ...substitutions].join(' '),
      getUILanguage: () => uiLanguage,
    },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
  },
}));

let uiLanguage = 'de-DE';
const dom = usePreactRoot();

describe('OptOutList', () => {
  it('renders web links in a new tab without opener or referrer, mailto as is, page text as text', async () => {
    const { OptOutList } = await import('../../extension/ui/opt-out-list');
    const actions: OptOutAction[] = [
      {
        kind: 'opt-out',
        url: 'https://www.quantcast.com/opt-out/',
        origin: 'curated',
        caveats: ['per-browser-cookie'],
      },
      { kind: 'privacy-email', url: 'mailto:dpo@criteo.com', origin: 'trackerdb' },
      {
        kind: 'industry',
        url: 'https://www.youronlinechoices.eu/',
        name: 'EDAA',
        region: 'EU',
        origin: 'curated',
      },
      {
        kind: 'shop-link',
        purpose: 'cookie-settings',
        text: '<img src=x onerror=alert(1)>',
        origin: 'shop-page',
      },
      { kind: 'opt-out', url: 'javascript:alert(1)', origin: 'curated' },
    ];
    await act(() => render(h(OptOutList, { actions }), dom.root()));
    const links = [...dom.root().querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.quantcast.com/opt-out/',
      'mailto:dpo@criteo.com',
      'https://www.youronlinechoices.eu/',
    ]);
    for (const link of [links[0]!, links[2]!]) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[1]!.textContent).toBe('optOutKind_privacy_email dpo@criteo.com');
    expect(dom.root().querySelector('img')).toBeNull();
    expect(dom.root().textContent).toContain('Europäische Union');
    expect(dom.root().querySelector('[data-caveat="per-browser-cookie"]')?.textContent).toBe(
      'optOutCaveat_per_browser_cookie',
    );
  });
});

describe('AccessLetter', () => {
  const input: AccessRequestInput = {
    recipient: {
      name: 'Kettle & Crema',
      kind: 'shop',
      site: 'glass-demo-shop.example',
      contact: 'privacy@glass-demo-shop.example',
    },
    observed: [{ category: 'contact', description: 'Ihre E-Mail t•••@example.com' }],
    date: Date.UTC(2026, 10, 25),
    timeZone: 'UTC',
  };

  it('defaults to the UI language, switches language and offers the mailto', async () => {
    uiLanguage = 'de-AT';
    const { AccessLetter } = await import('../../extension/ui/access-letter');
    await act(() => render(h(AccessLetter, { input }), dom.root()));
    const body = () => (dom.root().querySelector('[data-testid="letter-body"]') as HTMLTextAreaElement).value;
    expect(body()).toContain('Auskunft nach Art. 15');
    expect(body()).toContain('Ihre E-Mail t•••@example.com');
    expect(dom.root().querySelector('[data-testid="letter-mailto"]')?.getAttribute('href')).toMatch(
      /^mailto:privacy@glass-demo-shop\.example\?subject=/,
    );
    const select = dom.root().querySelector('[data-testid="letter-language"]') as HTMLSelectElement;
    // linkedom's select.value is read-only; choosing is marking the option selected.
    for (const option of select.querySelectorAll('option'))
      option.toggleAttribute('selected', option.value === 'zh');
    expect(select.value).toBe('zh');
    await act(() => {
      select.dispatchEvent(new window.Event('change'));
    });
    expect(body()).toContain('个人信息保护法');
  });

  it('copies the letter with navigator.clipboard and says so', async () => {
    uiLanguage = 'en-US';
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { AccessLetter } = await import('../../extension/ui/access-letter');
    await act(() =>
      render(
        h(AccessLetter, {
          input: { ...input, recipient: { ...input.recipient, contact: 'https://x.example/form' } },
        }),
        dom.root(),
      ),
    );
    expect(dom.root().querySelector('[data-testid="letter-mailto"]')).toBeNull();
    await act(async () => {
      (dom.root().querySelector('[data-testid="letter-copy"]') as HTMLButtonElement).click();
    });
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Under Article 15'));
    expect(dom.root().querySelector('[data-testid="letter-status"]')?.textContent).toBe('letterCopied');
  });
});
