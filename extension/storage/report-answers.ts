/**
 * Where the research report's kept answers live (src/report/answer-memo.ts): storage.local
 * `reportAnswers`, never synced. The dashboard reads them to build a report and stores them when
 * a report is saved; the worker forgets a shop's answers when what was recorded about the shop is
 * deleted, and all of them when everything is.
 */
import {
  answerMemoFromStored,
  answerMemoToStored,
  forgetShopAnswers,
  withAnswersAbout,
  type AnswerMemo,
} from '../../src/report/answer-memo';
import { browser } from '../browser';

const STORAGE_KEY = 'reportAnswers';

export async function loadReportAnswers(): Promise<AnswerMemo> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return answerMemoFromStored(stored[STORAGE_KEY]);
}

async function storeReportAnswers(memo: AnswerMemo): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: answerMemoToStored(memo) });
}

/**
 * After a report about `shops` was saved: keep the answers it gave about them, added to what is
 * stored now (not to what the page read earlier, which may hold answers deleted meanwhile).
 */
export async function keepReportAnswers(used: AnswerMemo, shops: readonly string[]): Promise<void> {
  await storeReportAnswers(withAnswersAbout(await loadReportAnswers(), used, shops));
}

/** After a deletion: the deleted shops' answers go with their evidence (src/store shopsDeletedBy). */
export async function forgetReportAnswers(shops: readonly string[] | 'all'): Promise<void> {
  if (shops === 'all') {
    await browser.storage.local.remove(STORAGE_KEY);
    return;
  }
  if (shops.length === 0) return;
  const memo = await loadReportAnswers();
  if (memo.size > 0) await storeReportAnswers(forgetShopAnswers(memo, shops));
}
