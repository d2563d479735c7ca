/**
 * The popup's GPC line: whether GPC is sent to the tab's site, and whether the site declares
 * that it honours it in `/.well-known/gpc.json`. The file is fetched only here, that is only
 * when the user opens the popup, at most once per site per week (storage.local `gpcChecks`),
 * without cookies or referrer, following no redirect (it could lead to another site), bounded
 * in size and time. Concurrent popups for one site share one request. Deleting what was recorded
 * about a shop deletes its check too.
 */
import {
  declarationOfResponse,
  freshCheck,
  GPC_CHECK_TIMEOUT_MS,
  GPC_JSON_MAX_BYTES,
  gpcJsonUrl,
  gpcSendingTo,
  withCheck,
  withoutChecks,
  type GpcCheck,
  type GpcDeclaration,
  type GpcStatus,
} from '../../src/gpc';
import type { Response } from '../../src/protocol';
import { browser } from '../browser';
import { fetchAsStranger, readBounded } from './fetch-as-stranger';
import type { SettingsStore } from './settings';
import type { TabPages } from './tab-pages';

const STORAGE_KEY = 'gpcChecks';

const inFlight = new Map<string, Promise<GpcCheck>>();

export function createGpcStatusHandler(settings: SettingsStore, tabPages: TabPages) {
  return async (message: { tabId: number }): Promise<Response> => {
    const page = await tabPages.resolve(message.tabId);
    const url = page ? gpcJsonUrl(page.url) : undefined;
    if (!page || !url) return { ok: false, error: 'no web page in this tab' };
    const check = await checkSite(page.site, url);
    const status: GpcStatus = {
      site: page.site,
      sending: gpcSendingTo(await settings.get(), page.site),
      declaration: check.declaration,
      checkedAt: check.checkedAt,
    };
    return { ok: true, ...status };
  };
}

/** After a deletion: the checks of the deleted shop, or all of them, go with its evidence. */
export async function forgetGpcChecks(shops: readonly string[] | 'all'): Promise<void> {
  if (shops !== 'all' && shops.length === 0) return;
  const cache = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  await browser.storage.local.set({ [STORAGE_KEY]: withoutChecks(cache, shops) });
}

function checkSite(site: string, url: string): Promise<GpcCheck> {
  let pending = inFlight.get(site);
  if (!pending) {
    pending = (async () => {
      const cache = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
      const cached = freshCheck(cache, site, Date.now());
      if (cached) return cached;
      const check: GpcCheck = { checkedAt: Date.now(), declaration: await fetchDeclaration(url) };
      // Read again: another site's check may have been stored while this one was fetched.
      const latest = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
      await browser.storage.local.set({ [STORAGE_KEY]: withCheck(latest, site, check, Date.now()) });
      return check;
    })().finally(() => inFlight.delete(site));
    inFlight.set(site, pending);
  }
  return pending;
}

async function fetchDeclaration(url: string): Promise<GpcDeclaration> {
  const response = await fetchAsStranger(url, 'application/json', GPC_CHECK_TIMEOUT_MS);
  if (!response) return { status: 'unavailable' };
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    return declarationOfResponse(response.type === 'opaqueredirect' ? 0 : response.status);
  }
  try {
    // Larger than any real gpc.json: not read further, judged as no text.
    const bytes = await readBounded(response, GPC_JSON_MAX_BYTES);
    return declarationOfResponse(200, bytes && new TextDecoder('utf-8').decode(bytes));
  } catch {
    return { status: 'unavailable' };
  }
}
