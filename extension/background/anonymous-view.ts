/**
 * "What would an anonymous visitor see?" — the background's part: fetch the product page the
 * user is on, twice, as a stranger would: no cookies, no referrer, no cache, and no redirects
 * followed (a redirect could lead to another site; the request goes to this shop only). Only on
 * the user's click, only when they turned the comparison on in settings. The HTML goes back to
 * the extension page that asked, which parses it (a service worker has no DOM parser).
 */
import { anonymousRequestUrl } from '../../src/compare';
import type { Response } from '../../src/protocol';
import { fetchAsStranger, readBounded } from './fetch-as-stranger';
import type { SettingsStore } from './settings';
import type { TabPages } from './tab-pages';

const MAX_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 15_000;
/** Apart, so a shop that rotates prices or experiments per request shows it. */
const PAUSE_BETWEEN_MS = 400;

type FetchedView =
  { status: number; html: string } | { error: 'redirected' | 'not-html' | 'failed' | 'too-large' };

export function createAnonymousViewHandler(settings: SettingsStore, tabPages: TabPages) {
  return async (message: { tabId: number }): Promise<Response> => {
    if (!(await settings.get()).compareAnonymous) return { ok: false, error: 'comparison is turned off' };
    const page = await tabPages.resolve(message.tabId);
    const url = page ? anonymousRequestUrl(page.url) : undefined;
    if (!url) return { ok: false, error: 'no web page in this tab' };
    const first = await fetchAnonymously(url);
    await new Promise((done) => setTimeout(done, PAUSE_BETWEEN_MS));
    const second = await fetchAnonymously(url);
    return { ok: true, url, views: [first, second] };
  };
}

async function fetchAnonymously(url: string): Promise<FetchedView> {
  const response = await fetchAsStranger(url, 'text/html', TIMEOUT_MS);
  if (!response) return { error: 'failed' };
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { error: 'redirected' };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^text\/html|^application\/xhtml\+xml/i.test(type)) {
    await response.body?.cancel();
    return { error: 'not-html' };
  }
  const bytes = await readBounded(response, MAX_BYTES);
  if (!bytes) return { error: 'too-large' };
  return { status: response.status, html: new TextDecoder(charsetOf(type)).decode(bytes) };
}

function charsetOf(contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}
