/**
 * The ordered registry of page personalisation detectors and the scan that runs them: one
 * querySelectorAll over candidate elements (candidates.ts), each text normalised once, the
 * candidates no detector or link could use turned away by one test (signal-gate.ts), every
 * detector asked about the rest, each call wrapped so one bad detector cannot break the others. The same pass hands each link's text to the privacy-link classifier, so a page
 * is read once. Pure: it reads the DOM it is given and returns findings.
 */
import { candidatesOf, SCAN_SLICE, type Candidate } from './candidates';
import { birthday } from './birthday';
import { deliveryLocation } from './delivery-location';
import { greeting, isLoggedOutGreeting } from './greeting';
import { loyalty } from './loyalty';
import { memberPrice } from './member-price';
import { langFromTag, langFromText } from './page-text';
import type { PageDetector, PersonalizationFinding, PhraseLang, PhraseSet } from './personalization-signals';
import { personalizedPrice } from './personalized-price';
import { findPrivacyLinks, PrivacyLinkSet, type PrivacyLink } from './privacy-links';
import { PHRASES_DE } from './phrases-de';
import { PHRASES_EN } from './phrases-en';
import { PHRASES_ZH } from './phrases-zh';
import { savedPayment } from './saved-payment';
import { signalGate } from './signal-gate';
import { widgetHeadings } from './widget-headings';

export type { PersonalizationFinding } from './personalization-signals';

export const PAGE_DETECTORS: readonly PageDetector[] = [
  greeting,
  deliveryLocation,
  widgetHeadings,
  savedPayment,
  loyalty,
  birthday,
  memberPrice,
  personalizedPrice,
];

const RANK = { low: 0, medium: 1, high: 2 } as const;

const PHRASE_SETS: Record<PhraseLang, PhraseSet> = { en: PHRASES_EN, de: PHRASES_DE, zh: PHRASES_ZH };

export interface ScanOptions {
  /** Page language (BCP 47); defaults to `<html lang>`, then to script detection. */
  lang?: string;
  /** At most this many candidate elements are examined. */
  cap?: number;
  /**
   * Names revealed by greetings, kept across scans of one page: a subtree scanned later (a
   * carousel rendered after load) is masked with the name the first scan learned. The scan adds
   * the names it finds.
   */
  revealedNames?: Set<string>;
  /**
   * Skip candidates that cannot yield a finding or a privacy link before reading their
   * ancestors (signal-gate.ts). On by default; off only to show that it changes no result.
   */
  gate?: boolean;
}

/** Built once from every language's phrases: a page's language does not narrow it. */
const GATE = signalGate([PHRASES_EN, PHRASES_DE, PHRASES_ZH]);

/**
 * The buffered candidates, then the rest of the source (undefined: an element the gate turned
 * away); a failing source just ends.
 */
function* chain(
  head: readonly Candidate[],
  rest: Iterator<Candidate | undefined>,
): Generator<Candidate | undefined, void, undefined> {
  yield* head;
  try {
    for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
  } catch {
    // A detector never breaks the scan; what was read so far stands.
  }
}

function documentOf(root: ParentNode): Document | undefined {
  const node = root as Partial<Node> & Partial<Document>;
  return node.ownerDocument ?? (node.documentElement ? (root as Document) : undefined);
}

/** The language the caller or `<html lang>` declares, if we have phrases for it. */
function declaredLang(root: ParentNode, lang?: string): PhraseLang | undefined {
  return langFromTag(lang) ?? langFromTag(documentOf(root)?.documentElement?.getAttribute('lang'));
}

/** For a page that declares none: the language of its title and first candidates' text. */
function guessedLang(root: ParentNode, candidates: readonly Candidate[]): PhraseLang {
  const sample = [documentOf(root)?.title ?? '', ...candidates.slice(0, LANGUAGE_SAMPLE).map((c) => c.text)];
  return langFromText(sample.join(' '));
}

interface Kept {
  finding: PersonalizationFinding;
  el: Element;
}

/**
 * One finding per signal and element family: the same evidence twice, or a container and the
 * element inside it, are one finding with the innermost evidence and the highest confidence.
 */
function keep(kept: Kept[], found: PersonalizationFinding, el: Element): void {
  for (const earlier of kept) {
    if (earlier.finding.signal !== found.signal) continue;
    const same = earlier.finding.evidence === found.evidence;
    const inner = earlier.el.contains(el);
    if (!same && !inner && !el.contains(earlier.el)) continue;
    const best =
      RANK[found.confidence] > RANK[earlier.finding.confidence]
        ? found.confidence
        : earlier.finding.confidence;
    if (inner && !same) earlier.finding = { ...found, confidence: best };
    else if (best !== earlier.finding.confidence)
      earlier.finding = {
        ...earlier.finding,
        confidence: best,
        where: same ? found.where : earlier.finding.where,
      };
    earlier.el = inner ? el : earlier.el;
    return;
  }
  kept.push({ finding: found, el });
}

/** Personal signals shown on the page, deduplicated by (signal, evidence). Never throws. */
export function scanPersonalization(
  root: ParentNode,
  options: ScanOptions = {},
  detectors: readonly PageDetector[] = PAGE_DETECTORS,
): PersonalizationFinding[] {
  const steps = scanSteps(root, options, detectors);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export { SCAN_SLICE } from './candidates';
/** Candidates whose text may decide the language when the page does not declare it. */
const LANGUAGE_SAMPLE = 200;

/** What one pass over a page found: personal signals and, when asked for, the privacy links. */
export interface PageScan {
  findings: PersonalizationFinding[];
  links: PrivacyLink[];
}

/**
 * The same scan as a generator that pauses every SCAN_SLICE candidates, so a content script can
 * run it in idle periods and never hold the main thread for long. Its return value is the result.
 */
export function* scanSteps(
  root: ParentNode,
  options: ScanOptions = {},
  detectors: readonly PageDetector[] = PAGE_DETECTORS,
): Generator<undefined, PersonalizationFinding[], undefined> {
  return (yield* pageScanSteps(root, options, detectors)).findings;
}

/**
 * scanSteps, and with `linksBaseUrl` the shop's privacy links (privacy-links.ts) from the same
 * candidates: links in footers included, which personalisation ignores.
 */
export function* pageScanSteps(
  root: ParentNode,
  options: ScanOptions & { linksBaseUrl?: string } = {},
  detectors: readonly PageDetector[] = PAGE_DETECTORS,
): Generator<undefined, PageScan, undefined> {
  let truncated = false;
  const declared = declaredLang(root, options.lang);
  // The gate stands for the built-in detectors only. Undeclared language: the first candidates,
  // which decide it, are all passed on, as they would be without the gate.
  const filter =
    options.gate !== false && detectors === PAGE_DETECTORS
      ? { admits: GATE, ungated: declared ? 0 : LANGUAGE_SAMPLE }
      : {};
  const source = (function* () {
    truncated = yield* candidatesOf(root, options.cap, filter);
  })();
  // The language may have to be guessed from the first candidates' text: read those first.
  const head: Candidate[] = [];
  try {
    for (let read = 1; head.length < LANGUAGE_SAMPLE; read++) {
      const next = source.next();
      if (next.done) break;
      if (next.value) head.push(next.value);
      if (read % SCAN_SLICE === 0) yield;
    }
  } catch {
    return { findings: [], links: [] };
  }
  const inView = head.filter((candidate) => !candidate.hidden);
  const lang = declared ?? guessedLang(root, inView);
  const sets = lang === 'en' ? [PHRASES_EN] : [PHRASE_SETS[lang], PHRASES_EN];
  const context = { sets };
  const links = options.linksBaseUrl === undefined ? undefined : new PrivacyLinkSet(options.linksBaseUrl);
  const kept: Kept[] = [];
  let loggedOut = false;
  let seen = 0;
  for (const candidate of chain(head, source)) {
    if (++seen % SCAN_SLICE === 0) yield;
    if (!candidate) continue;
    if (links && candidate.label) links.addLabel(candidate.el, candidate.norm);
    if (candidate.hidden) continue;
    if (!loggedOut && isLoggedOutGreeting(candidate, sets)) loggedOut = true;
    for (const detector of detectors) {
      try {
        const found = detector.detect(candidate, context);
        if (found) keep(kept, found, candidate.el);
      } catch {
        // One bad detector cannot break the others.
      }
    }
  }
  const findings = maskRevealedNames(
    kept.map((k) => k.finding),
    options.revealedNames ?? new Set(),
  );
  // Logged out, a "for you" widget is cookie-based at best (signals.md §4.5).
  if (loggedOut)
    for (const f of findings)
      if (f.category !== 'location' && f.confidence === 'high') f.confidence = 'medium';
  return { findings, links: links ? linksOf(links, root, truncated, options.linksBaseUrl!) : [] };
}

/** The links the scan saw, the two narrow queries added; a capped scan reads every link itself. */
function linksOf(
  links: PrivacyLinkSet,
  root: ParentNode,
  truncated: boolean,
  baseUrl: string,
): PrivacyLink[] {
  if (truncated) return findPrivacyLinks(root, baseUrl);
  try {
    links.addSpecial(root);
  } catch {
    // What was found so far stands.
  }
  return links.links;
}

/** A name one finding revealed (the greeting's) is masked in every finding's evidence, then dropped. */
function maskRevealedNames(findings: PersonalizationFinding[], names: Set<string>): PersonalizationFinding[] {
  for (const name of findings.flatMap((f) => f.personalNames ?? [])) if (name.length >= 2) names.add(name);
  return findings.map(({ personalNames: _names, ...finding }) => {
    let evidence = finding.evidence;
    for (const name of names) evidence = evidence.split(name).join(`${[...name][0]}•••`);
    return { ...finding, evidence };
  });
}
