/** Test helpers for the page personalisation detectors: small DOMs built with linkedom. */
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { scanPersonalization, type ScanOptions } from '../../../src/detectors/page';
import type {
  PageDetector,
  PersonalizationFinding,
  PhraseSet,
} from '../../../src/detectors/page/personalization-signals';

export function dom(body: string, lang?: string): Document {
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>t</title></head><body>${body}</body></html>`;
  return parseHTML(html).document;
}

/** Findings of the given detectors (default: all) on a page with this body. */
export function scan(
  body: string,
  lang?: string,
  detectors?: readonly PageDetector[],
  options: ScanOptions = {},
): PersonalizationFinding[] {
  return scanPersonalization(dom(body, lang), options, detectors);
}

export function signals(findings: readonly PersonalizationFinding[]): string[] {
  return [...new Set(findings.map((f) => f.signal))].sort();
}

/** Properties every phrase set must have. */
export function expectWellFormed(set: PhraseSet): void {
  const lists: (readonly string[])[] = [
    ...Object.values(set.widgets),
    set.accountLinks,
    set.loyaltyUnits,
    set.loyaltyStatus,
    set.birthday,
    set.memberPrice,
    set.personalizedPrice,
    set.loggedOut,
    set.notNames,
    set.deliveryNotPlace,
    set.deliveryPrompt,
  ];
  for (const list of lists) {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size, `duplicates in ${list.join('|')}`).toBe(list.length);
    for (const phrase of list) {
      expect(phrase, phrase).toBe(phrase.normalize('NFKC').toLowerCase().trim());
      expect(phrase, phrase).not.toMatch(/\s{2}|[\u200B-\u200D\uFEFF]/u);
    }
  }
  const personal = [
    ...set.widgets['personal-recommendations'],
    ...set.widgets['recently-viewed'],
    ...set.widgets['buy-again'],
  ];
  const crowd = [...set.widgets['item-based'], ...set.widgets.popularity, ...set.widgets.sponsored];
  for (const phrase of crowd) expect(personal, phrase).not.toContain(phrase);
  // No personal phrase is a part of a crowd phrase or the other way round (outside `…` gaps).
  for (const p of personal)
    for (const c of crowd) expect(c.includes(p) || p === c, `${p} / ${c}`).toBe(false);
  for (const link of set.accountLinks) expect(personal).toContain(link);
}
