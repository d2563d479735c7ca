/**
 * The one door to browser APIs: the only import of webextension-polyfill. Everything else in
 * extension/ imports `browser` from here; src/ never touches it.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, WebRequest } from 'webextension-polyfill';

/** Chrome-only webRequest option needed to see Cookie/Set-Cookie headers; Firefox rejects it. */
export function extraHeadersOption(): 'extraHeaders'[] {
  const chromeApi = (globalThis as { chrome?: typeof chrome }).chrome;
  const hasExtraHeaders = Boolean(chromeApi?.webRequest?.OnSendHeadersOptions?.EXTRA_HEADERS);
  return hasExtraHeaders ? ['extraHeaders'] : [];
}
