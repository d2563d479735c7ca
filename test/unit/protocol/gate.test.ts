import { describe, expect, it } from 'vitest';
import { admitMessage, RateLimiter, type GateContext, type SenderInfo } from '../../../src/protocol';

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const base = `chrome-extension://${extensionId}/`;
const context = (now = 0, rateLimiter = new RateLimiter()): GateContext => ({
  extensionId,
  extensionBaseUrl: base,
  rateLimiter,
  now,
});
const contentScript: SenderInfo = {
  id: extensionId,
  url: 'https://www.shop.example/p/1',
  frameId: 0,
  tab: { id: 7, url: 'https://www.shop.example/p/1' },
};
const popupAsTab: SenderInfo = {
  id: extensionId,
  url: `${base}extension/popup/index.html?tab=7`,
  tab: { id: 9, url: `${base}extension/popup/index.html` },
};
const popup: SenderInfo = { id: extensionId, url: `${base}extension/popup/index.html` };

describe('admitMessage', () => {
  it('admits a well-formed page report from a content script, with the tab from the sender', () => {
    const admission = admitMessage(
      { type: 'page/tag-globals', tags: ['meta-pixel'] },
      contentScript,
      context(),
    );
    expect(admission).toEqual({
      admitted: true,
      senderKind: 'content-script',
      tabId: 7,
      frameId: 0,
      url: 'https://www.shop.example/p/1',
      message: { type: 'page/tag-globals', tags: ['meta-pixel'] },
    });
  });

  it('admits UI requests from extension pages, also when opened as a tab', () => {
    expect(admitMessage({ type: 'ui/flush' }, popup, context())).toMatchObject({
      admitted: true,
      senderKind: 'extension-page',
    });
    expect(admitMessage({ type: 'ui/flush' }, popupAsTab, context())).toMatchObject({
      admitted: true,
      senderKind: 'extension-page',
    });
    expect(admitMessage({ type: 'ui/popup-view', tabId: 7 }, popupAsTab, context())).toMatchObject({
      admitted: true,
      message: { type: 'ui/popup-view', tabId: 7 },
    });
  });

  it.each([
    ['no tab', { type: 'ui/popup-view' }],
    ['a negative tab', { type: 'ui/popup-view', tabId: -1 }],
    ['a tab that is not a number', { type: 'ui/popup-view', tabId: '7' }],
    ['a site instead of a tab', { type: 'ui/popup-view', tabId: 7, site: 'other.example' }],
  ])('rejects malformed popup-view requests: %s', (_label, raw) => {
    expect(admitMessage(raw, popup, context())).toMatchObject({ admitted: false });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['no type', { tags: [] }],
    ['unknown type', { type: 'page/everything', tags: [] }],
    ['prototype key as type', { type: 'constructor' }],
  ])('rejects unknown messages: %s', (_label, raw) => {
    expect(admitMessage(raw, contentScript, context())).toEqual({
      admitted: false,
      reason: 'unknown message type',
    });
  });

  it.each([
    [
      'extra key (e.g. a retailer claimed by the page)',
      { type: 'page/tag-globals', tags: [], retailer: 'other.example' },
    ],
    ['tag not on the allowlist', { type: 'page/tag-globals', tags: ['<img src=x onerror=alert(1)>'] }],
    ['duplicate tags', { type: 'page/tag-globals', tags: ['meta-pixel', 'meta-pixel'] }],
    ['wrong type of tags', { type: 'page/tag-globals', tags: 'meta-pixel' }],
    ['too many tags', { type: 'page/tag-globals', tags: Array(100).fill('meta-pixel') }],
  ])('rejects malformed payloads: %s', (_label, raw) => {
    expect(admitMessage(raw, contentScript, context())).toMatchObject({
      admitted: false,
      reason: 'malformed page/tag-globals',
    });
  });

  it('rejects extra keys on UI messages too', () => {
    expect(admitMessage({ type: 'ui/flush', now: true }, popup, context())).toMatchObject({
      admitted: false,
    });
  });

  it.each([
    [
      'another extension',
      { ...contentScript, id: 'otherextensionidotherextensionid' },
      { type: 'page/tag-globals', tags: [] },
    ],
    ['a content script asking for UI work', contentScript, { type: 'ui/flush' }],
    ['a content script asking what the popup would show', contentScript, { type: 'ui/popup-view', tabId: 7 }],
    ['an extension page posing as a page', popup, { type: 'page/tag-globals', tags: [] }],
    [
      'a content script without a tab',
      { id: extensionId, url: 'https://www.shop.example/' },
      { type: 'page/tag-globals', tags: [] },
    ],
    [
      'a non-web frame',
      { ...contentScript, url: 'file:///etc/passwd' },
      { type: 'page/tag-globals', tags: [] },
    ],
  ])('rejects wrong senders: %s', (_label, sender, raw) => {
    expect(admitMessage(raw, sender, context())).toMatchObject({ admitted: false });
  });

  it('rate-limits each tab separately', () => {
    const limiter = new RateLimiter({ ratePerSecond: 2, burst: 3 });
    const report = { type: 'page/tag-globals', tags: [] };
    const results = Array.from(
      { length: 5 },
      () => admitMessage(report, contentScript, context(0, limiter)).admitted,
    );
    expect(results).toEqual([true, true, true, false, false]);
    const otherTab = { ...contentScript, tab: { id: 8, url: contentScript.url } };
    expect(admitMessage(report, otherTab, context(0, limiter)).admitted).toBe(true);
    // Half a second later one token has refilled.
    expect(admitMessage(report, contentScript, context(500, limiter)).admitted).toBe(true);
    expect(admitMessage(report, contentScript, context(500, limiter)).admitted).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('bounds the number of tabs it remembers', () => {
    const limiter = new RateLimiter({ burst: 1, maxKeys: 2 });
    expect(limiter.take(1, 0)).toBe(true);
    expect(limiter.take(1, 0)).toBe(false);
    limiter.take(2, 0);
    limiter.take(3, 0); // evicts tab 1
    expect(limiter.take(1, 0)).toBe(true);
  });
});
