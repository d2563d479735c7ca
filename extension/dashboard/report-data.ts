/**
 * What the research report needs besides the profiles the dashboard has already read: the
 * shipped allowlist (data/report-allowlist.json), the settings as the background holds them
 * (whether GPC goes to each shop) and the popup's cache of gpc.json checks. All read, nothing
 * written; the report itself is built by src/report.
 */
import { parseAllowlist, type ReportAllowlist } from '../../src/report';
import { settingsFromStored, type Settings } from '../../src/settings';
import { browser } from '../browser';
import { getSettings } from './data-messages';

export interface ReportContext {
  allowlist: ReportAllowlist;
  settings: Settings;
  gpcChecks: unknown;
  extensionVersion: string;
}

export async function loadReportContext(): Promise<ReportContext> {
  const [allowlist, settings, stored] = await Promise.all([
    loadAllowlist(),
    getSettings(),
    browser.storage.local.get('gpcChecks'),
  ]);
  return {
    allowlist,
    // Validated like stored settings: a field that is not as expected falls back to its default.
    settings: settingsFromStored(settings),
    gpcChecks: stored.gpcChecks,
    extensionVersion: browser.runtime.getManifest().version,
  };
}

async function loadAllowlist(): Promise<ReportAllowlist> {
  const response = await fetch(browser.runtime.getURL('data/report-allowlist.json'));
  if (!response.ok) throw new Error(`report allowlist: HTTP ${response.status}`);
  const result = parseAllowlist(await response.json());
  if (!result.ok) throw new Error(result.error);
  return result.allowlist;
}
