/**
 * Handlers for messages from extension pages: make pending writes durable before a page reads,
 * edit the watchlist and the settings, delete and import (pages never write to the store themselves).
 */
import { pageContextOf } from '../../src/classify';
import type { PopupViewCache } from '../../src/profile';
import type { MessageOf, Response } from '../../src/protocol';
import { addToWatchlist, clearWatchlist, removeFromWatchlist, type GlassDatabase } from '../../src/store';
import { browser } from '../browser';
import type { IdentifierWatch } from './identifier-watch';
import type { Recorder } from './recorder';
import { createAnonymousViewHandler } from './anonymous-view';
import { createDataHandlers } from './data-handlers';
import { createGpcStatusHandler } from './gpc-status';
import type { SettingsStore } from './settings';
import type { TabPages } from './tab-pages';

interface Context {
  database: Promise<GlassDatabase>;
  watch: IdentifierWatch;
  recorder: Recorder;
  settings: SettingsStore;
  tabPages: TabPages;
  popupViews: PopupViewCache;
  /** Shops whose stored profile changed or went through a deletion or import. */
  onDataChanged: (retailers: readonly string[]) => void;
}

export function createUiHandlers({
  database,
  watch,
  recorder,
  settings,
  tabPages,
  popupViews,
  onDataChanged,
}: Context) {
  return {
    ...createDataHandlers({ database, recorder, onChanged: onDataChanged }),
    'ui/compare-anonymous': createAnonymousViewHandler(settings, tabPages),
    'ui/gpc-status': createGpcStatusHandler(settings, tabPages),
    'ui/settings-get': async (): Promise<Response> => ({ ok: true, settings: await settings.get() }),
    'ui/settings-update': async (message: MessageOf<'ui/settings-update'>): Promise<Response> => ({
      ok: true,
      settings: await settings.update(message.patch),
    }),
    'ui/flush': async (): Promise<Response> => {
      await recorder.flush();
      return { ok: true };
    },
    'ui/popup-view': async (message: MessageOf<'ui/popup-view'>): Promise<Response> => {
      const [page] = await Promise.all([currentPageOf(message.tabId), recorder.flush()]);
      if (!page) return { ok: true };
      return { ok: true, view: await popupViews.view(page.site) };
    },
    'ui/watchlist-add': async (message: MessageOf<'ui/watchlist-add'>): Promise<Response> => {
      const { kind, value } = message.field;
      const added = await addToWatchlist(await database, [
        { kind, value, source: { type: 'user' }, addedAt: Date.now() },
      ]);
      await watch.reload();
      return { ok: true, added: added.length };
    },
    'ui/watchlist-remove': async (message: MessageOf<'ui/watchlist-remove'>): Promise<Response> => {
      await removeFromWatchlist(await database, message.key);
      await watch.reload();
      return { ok: true };
    },
    'ui/watchlist-clear': async (): Promise<Response> => {
      await clearWatchlist(await database);
      await watch.reload();
      return { ok: true };
    },
  };
}

/** The page a tab shows now (its current URL, not the last navigation this worker saw). */
async function currentPageOf(tabId: number) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url ? pageContextOf(tab.url) : undefined;
}
