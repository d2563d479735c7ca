/**
 * Accuracy on real pages (issue 4, point 4): runs scanPersonalization over every page of
 * ../shared/corpus/pages/ (parsed with linkedom) and compares the personal signals found with
 * the ground truth of corpus-ground-truth.ts, counting each (page, signal) pair once. Prints
 * precision and recall per signal. Goals: overall precision ≥ 0.95, recall ≥ 0.90, and nothing
 * personal on negative pages.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageScanSteps, scanPersonalization } from '../../../src/detectors/page';
import { findPrivacyLinks, type PrivacyLink } from '../../../src/detectors/page/privacy-links';
import { PERSONALIZATION_SIGNAL_IDS } from '../../../src/detectors/page/personalization-signals';
import { expectedSignals } from './corpus-ground-truth';
import { corpusHtml, corpusPages, corpusPresent } from './corpus-pages';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

function pageScanOf(root: ParentNode, linksBaseUrl: string) {
  const steps = pageScanSteps(root, { linksBaseUrl });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const linkKeys = (links: readonly PrivacyLink[]) =>
  links.map((l) => `${l.purpose}|${l.href ?? ''}|${l.text}`).sort();

describe.skipIf(!corpusPresent())('personalization on the page corpus', () => {
  it(
    'finds the same privacy links in the scan pass as the standalone link pass',
    { timeout: 120_000 },
    () => {
      let links = 0;
      for (const page of corpusPages()) {
        const { document } = parseHTML(corpusHtml(page));
        const base = `https://shop.example/${page.file}`;
        const standalone = linkKeys(findPrivacyLinks(document, base));
        expect(linkKeys(pageScanOf(document, base).links), page.file).toEqual(standalone);
        links += standalone.length;
      }
      // The comparison means something only if the corpus has links to find.
      expect(links).toBeGreaterThan(50);
    },
  );

  // Parsing 45 real pages takes seconds, more on a busy machine; this checks accuracy, not time.
  it('meets the precision and recall goals', { timeout: 120_000 }, () => {
    const pages = corpusPages();
    const tally = new Map<string, Tally>(PERSONALIZATION_SIGNAL_IDS.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
    const misses: string[] = [];
    const negativeFindings: string[] = [];
    for (const page of pages) {
      const { document } = parseHTML(corpusHtml(page));
      const findings = scanPersonalization(document);
      const found = new Set<string>(findings.map((f) => f.signal));
      const expected = expectedSignals(page);
      if (page.negative && found.size) negativeFindings.push(page.file);
      for (const signal of new Set([...found, ...expected])) {
        const t = tally.get(signal)!;
        if (found.has(signal) && expected.has(signal)) t.tp++;
        else if (found.has(signal)) {
          t.fp++;
          const ev = findings.find((f) => f.signal === signal)!;
          misses.push(`FP ${page.file} ${signal}: "${ev.evidence}" at ${ev.where}`);
        } else {
          t.fn++;
          misses.push(`FN ${page.file} ${signal}`);
        }
      }
    }
    const total: Tally = { tp: 0, fp: 0, fn: 0 };
    const rows = ['signal                     TP  FP  FN  precision  recall'];
    for (const [signal, t] of tally) {
      total.tp += t.tp;
      total.fp += t.fp;
      total.fn += t.fn;
      const p = fmt(ratio(t.tp, t.tp + t.fp));
      const r = fmt(ratio(t.tp, t.tp + t.fn));
      rows.push(
        `${signal.padEnd(26)} ${[t.tp, t.fp, t.fn].map((n) => String(n).padStart(3)).join(' ')}  ${p.padStart(9)}  ${r.padStart(6)}`,
      );
    }
    const precision = ratio(total.tp, total.tp + total.fp);
    const recall = ratio(total.tp, total.tp + total.fn);
    rows.push(
      `${'OVERALL'.padEnd(26)} ${[total.tp, total.fp, total.fn].map((n) => String(n).padStart(3)).join(' ')}  ${fmt(precision).padStart(9)}  ${fmt(recall).padStart(6)}`,
    );
    console.log(`Personalisation corpus (${pages.length} pages)\n${rows.join('\n')}\n${misses.join('\n')}`);
    expect(negativeFindings).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
