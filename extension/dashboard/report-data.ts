/**
 * What the research report needs besides the profiles the dashboard has already read: the
 * shipped allowlist (data/report-allowlist.json), the settings as the background holds them
 * (whether GPC goes to each shop), the popup's cache of gpc.json checks and the answers kept
 * from earlier reports. All read, nothing written; the report itself is built by src/report.
 */
import { parseAllowlist, type AnswerMemo, type ReportAllowlist } from '../../src/report';
import { settingsFromStored, type Settings } from '../../src/settings';
import { browser } from '../browser';
import { loadReportAnswers } from '../storage/report-answers';
import { getSettings } from './data-messages';

export interface ReportContext {
  allowlist: ReportAllowlist;
  settings: Settings;
  gpcChecks: unknown;
  extensionVersion: string;
  /** The answers kept from reports saved before (answer-memo.ts). */
  answers: AnswerMemo;
}

export async function loadReportContext(): Promise<ReportContext> {
  const [allowlist, settings, stored, answers] = await Promise.all([
    loadAllowlist(),
    getSettings(),
    browser.storage.local.get('gpcChecks'),
    loadReportAnswers(),
  ]);
  return {
    allowlist,
    // Validated like stored settings: a field that is not as expected falls back to its default.
    settings: settingsFromStored(settings),
    gpcChecks: stored.gpcChecks,
    extensionVersion: browser.runtime.getManifest().version,
    answers,
  };
}

async function loadAllowlist(): Promise<ReportAllowlist> {
  const response = await fetch(browser.runtime.getURL('data/report-allowlist.json'));
  if (!response.ok) throw new Error(`report allowlist: HTTP ${response.status}`);
  const result = parseAllowlist(await response.json());
  if (!result.ok) throw new Error(result.error);
  return result.allowlist;
}
