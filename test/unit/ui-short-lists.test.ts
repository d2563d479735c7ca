/**
 * One-screen lists: the popup names a few companies per item and a few unknown domains, then
 * "and N more"; the dashboard names them all. Rendered with preact into a linkedom document,
 * browser.i18n stubbed to return message keys and their substitutions.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeItem } from '../../src/profile';
import { usePreactRoot } from './preact-root';

vi.mock('../../extension/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => [key, ...substitutions].join(' '),
      getUILanguage: () => 'en-US',
    },
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
