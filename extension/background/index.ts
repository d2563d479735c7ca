/**
 * The service worker. Every listener is registered synchronously on the first tick (an MV3
 * worker is woken by events and stopped after 30 s idle); handlers wait for one `ready`
 * promise: tracker engine loaded, tab map restored. The database opens in parallel.
 */
import { attributeTags, pageContextOf } from '../../src/classify';
import { openGlassDatabase } from '../../src/store';
import { browser, extraHeadersOption } from '../browser';
import { initBadgeStyle, updateBadgeOnNavigation, updateBadgesFor } from './badge';
import { loadEngine } from './engine';
import { Recorder } from './recorder';
import { RequestObserver } from './request-observer';
import { createRouter } from './router';
import { TabPages } from './tab-pages';

const database = openGlassDatabase({ factory: indexedDB });
const tabPages = new TabPages();
const recorder = new Recorder(database, (profiles) => updateBadgesFor(profiles, tabPages));
const observer = new RequestObserver(tabPages, recorder, (tabId, page) => {
  void updateBadgeOnNavigation(tabId, page, database).catch(() => undefined);
});

const ready = Promise.all([loadEngine(), tabPages.restore()]).then(([matcher]) => {
  observer.start(matcher);
  return matcher;
});
ready.catch((error: unknown) => console.error('Glass Customer: could not start', error));

const allUrls = { urls: ['<all_urls>'] };
browser.webRequest.onBeforeRequest.addListener(observer.onBeforeRequest, allUrls, ['requestBody']);
browser.webRequest.onSendHeaders.addListener(observer.onSendHeaders, allUrls, [
  'requestHeaders',
  ...extraHeadersOption(),
]);
browser.webRequest.onHeadersReceived.addListener(observer.onHeadersReceived, allUrls, [
  'responseHeaders',
  ...extraHeadersOption(),
]);

const router = createRouter({
  async tagGlobals(message, tabId, frameId) {
    // Tags count when they run in the retailer's own page, not in frames it embeds.
    if (frameId !== 0) return { ok: false, error: 'top frame only' };
    const [matcher, tab] = await Promise.all([ready, browser.tabs.get(tabId)]);
    const page = tab.url ? pageContextOf(tab.url) : undefined;
    if (!page) return { ok: false, error: 'not a web page' };
    for (const delta of attributeTags(message.tags, page, matcher, Date.now()))
      recorder.record(delta, matcher);
    return { ok: true };
  },
  async flush() {
    await recorder.flush();
    return { ok: true };
  },
});
browser.runtime.onMessage.addListener(router.onMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  tabPages.remove(tabId);
  router.forgetTab(tabId);
});

initBadgeStyle();
