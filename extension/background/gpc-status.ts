/**
 * The popup's GPC line: whether GPC is sent to the tab's site, and whether the site declares
 * that it honours it in `/.well-known/gpc.json`. The file is fetched only here, that is only
 * when the user opens the popup, at most once per site per week (storage.local `gpcChecks`),
 * without cookies or referrer, following no redirect (it could lead to another site), bounded
 * in size and time. Concurrent popups for one site share one request.
 */
import {
  declarationOfResponse,
  freshCheck,
  GPC_CHECK_TIMEOUT_MS,
  GPC_JSON_MAX_BYTES,
  gpcJsonUrl,
  gpcSendingTo,
  withCheck,
  type GpcCheck,
  type GpcDeclaration,
  type GpcStatus,
} from '../../src/gpc';
import type { Response } from '../../src/protocol';
import { browser } from '../browser';
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
  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(GPC_CHECK_TIMEOUT_MS),
    });
  } catch {
    return { status: 'unavailable' };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    return declarationOfResponse(response.type === 'opaqueredirect' ? 0 : response.status);
  }
  try {
    return declarationOfResponse(200, await readBoundedText(response));
  } catch {
    return { status: 'unavailable' };
  }
}

/** The body as UTF-8, or undefined when it is larger than any real gpc.json (reading stops there). */
async function readBoundedText(response: globalThis.Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > GPC_JSON_MAX_BYTES) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
