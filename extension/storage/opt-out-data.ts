/**
 * Loads the curated opt-out data file shipped with the extension (public/data/opt-outs.json →
 * data/opt-outs.json in the build) and validates it with src/optouts. Read once per page, and
 * once per worker start (the worker matches the popup's opt-out pages).
 */
import { parseOptOutData, type OptOutDataResult } from '../../src/optouts';
import { browser } from '../browser';

let loaded: Promise<OptOutDataResult> | undefined;

export function loadOptOutData(): Promise<OptOutDataResult> {
  loaded ??= (async (): Promise<OptOutDataResult> => {
    try {
      const response = await fetch(browser.runtime.getURL('data/opt-outs.json'));
      if (!response.ok) return { ok: false, error: `opt-out data: HTTP ${response.status}` };
      return parseOptOutData(await response.json());
    } catch (error) {
      return { ok: false, error: `opt-out data: ${String(error)}` };
    }
  })();
  return loaded;
}
