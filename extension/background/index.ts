/**
 * The service worker. Every listener is registered synchronously on the first tick (an MV3
 * worker is woken by events and stopped after 30 s idle); handlers wait for one `ready`
 * promise: tracker engine loaded, tab map restored, watchlist read. The database opens in parallel.
 */
import { openGlassDatabase } from '../../src/store';
import { browser, extraHeadersOption } from '../browser';
import { initBadgeStyle, refreshBadges, updateBadgeOnNavigation, updateBadgesFor } from './badge';
import { loadEngine } from './engine';
import { startGpc } from './gpc';
import { IdentifierWatch } from './identifier-watch';
import { createPageHandlers } from './page-handlers';
import { createPopupViews } from './popup-views';
import { Recorder } from './recorder';
import { RequestObserver } from './request-observer';
import { startRetention } from './retention';
import { createRouter } from './router';
import { SettingsStore } from './settings';
import { TabPages } from './tab-pages';
import { createUiHandlers } from './ui-handlers';

const database = openGlassDatabase({ factory: indexedDB });
const tabPages = new TabPages();
const settings = new SettingsStore();
const watch = new IdentifierWatch(database);
const popupViews = createPopupViews({
  database,
  tabPages,
  organizations: () => recorder.storedOrganizations(),
});
const recorder = new Recorder(database, (profiles) => {
  updateBadgesFor(profiles, tabPages);
  popupViews.written(profiles.map((profile) => profile.retailer));
});
const observer = new RequestObserver(tabPages, recorder, watch, (tabId, page) => {
  void updateBadgeOnNavigation(tabId, page, database).catch(() => undefined);
});

// Paused sites are known before anything is recorded: both sources of sightings wait for `ready`.
const pausedSites = settings.get().then((current) => recorder.setPausedSites(current.pausedSites));
settings.onChange((next) => recorder.setPausedSites(next.pausedSites));
const onDataChanged = (retailers: readonly string[]) => {
  popupViews.clear();
  void refreshBadges(retailers, tabPages, database).catch(() => undefined);
};

const ready = Promise.all([loadEngine(), tabPages.restore(), watch.reload(), pausedSites]).then(
  ([matcher]) => {
    observer.start(matcher);
    return matcher;
  },
);
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
  ...createPageHandlers({ ready, tabPages, watch, recorder }),
  ...createUiHandlers({ database, watch, recorder, settings, tabPages, popupViews, onDataChanged }),
});
browser.runtime.onMessage.addListener(router.onMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  tabPages.remove(tabId);
  watch.forget(tabId);
  router.forgetTab(tabId);
});

startRetention(database, settings, recorder, onDataChanged);
initBadgeStyle();
void startGpc(settings).catch(() => undefined);
