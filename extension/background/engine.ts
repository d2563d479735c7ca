/**
 * Loads the tracker database engine shipped in the package (data/trackerdb.engine), once per
 * service-worker start. It is read from the extension's own files; nothing is downloaded.
 */
import { loadTrackerMatcher, type TrackerMatcher } from '../../src/classify';
import { browser } from '../browser';

export const ENGINE_PATH = 'data/trackerdb.engine';

export async function loadEngine(): Promise<TrackerMatcher> {
  const response = await fetch(browser.runtime.getURL(ENGINE_PATH));
  if (!response.ok) throw new Error(`tracker database missing from the package (${response.status})`);
  return loadTrackerMatcher(new Uint8Array(await response.arrayBuffer()));
}
