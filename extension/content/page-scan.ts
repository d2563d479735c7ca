/**
 * Scans the retailer's page (top frame only) when the browser is idle: what the page shows
 * that reveals what the shop knows (src/detectors/page) and the shop's own privacy links.
 * Scans run in idle slices (scanSteps pauses every few dozen elements), so none is a long task.
 * After the first scan, a MutationObserver only collects the elements added; at most every
 * RESCAN_INTERVAL_MS just those subtrees are scanned (the whole page again only after very many
 * changes), so the page never pays for each mutation. Only findings not reported before are sent.
 */
import { pageScanSteps, type PageScan, type PersonalizationFinding } from '../../src/detectors/page';
import type { PrivacyLink } from '../../src/detectors/page/privacy-links';

type Send = (
  message:
    | { type: 'page/privacy-links'; links: PrivacyLink[] }
    | { type: 'page/personalization'; findings: Omit<PersonalizationFinding, 'category'>[] },
) => void;

const RESCAN_INTERVAL_MS = 1500;
const MAX_RESCANS = 40;
/** Beyond this many added elements or mutation records, one whole-page scan is cheaper. */
const MAX_PENDING_ROOTS = 200;
const MAX_RECORDS = 1000;

function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** Idle time we leave unused at the end of each slice, so the browser is never late for a frame. */
const SLICE_RESERVE_MS = 3;
/** Without a deadline (timed-out idle callback or no requestIdleCallback), work this long at most. */
const FALLBACK_SLICE_MS = 8;

/** Run a sliced scan over idle periods; each slice stops while there is idle time left. */
function runInSlices<T>(steps: Generator<undefined, T, undefined>, done: (result: T) => void): void {
  whenIdle(function slice(deadline?: IdleDeadline) {
    const started = performance.now();
    const hasTime = () =>
      deadline && !deadline.didTimeout
        ? deadline.timeRemaining() > SLICE_RESERVE_MS
        : performance.now() - started < FALLBACK_SLICE_MS;
    do {
      const step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
    } while (hasTime());
    whenIdle(slice);
  });
}

/** All roots one after another, findings and links concatenated. */
function* scanAll(
  roots: readonly ParentNode[],
  options: Parameters<typeof pageScanSteps>[1],
): Generator<undefined, PageScan, undefined> {
  const all: PageScan = { findings: [], links: [] };
  for (const root of roots) {
    const { findings, links } = yield* pageScanSteps(root, options);
    all.findings.push(...findings);
    all.links.push(...links);
  }
  return all;
}

export function scanPageWhenIdle(send: Send): void {
  if (window.top !== window) return;
  const reported = new Set<string>();
  const revealedNames = new Set<string>();
  const fresh = (key: string) => !reported.has(key) && Boolean(reported.add(key));
  let added = new Set<Element>();
  let records = 0;
  let rescans = 0;

  const scan = (roots: readonly ParentNode[]) => {
    const lang = document.documentElement.getAttribute('lang') ?? undefined;
    runInSlices(scanAll(roots, { lang, revealedNames, linksBaseUrl: location.href }), (all) => {
      const findings = all.findings
        .filter((f) => fresh(`p|${f.signal}|${f.evidence}`))
        .map(({ signal, evidence, where, confidence }) => ({ signal, evidence, where, confidence }));
      if (findings.length > 0) send({ type: 'page/personalization', findings: findings.slice(0, 30) });
      const links = all.links.filter((l) => fresh(`l|${l.purpose}|${l.href ?? l.text}`));
      if (links.length > 0) send({ type: 'page/privacy-links', links: links.slice(0, 40) });
    });
  };

  const rescan = () => {
    if (added.size === 0) return;
    const whole = added.size > MAX_PENDING_ROOTS || records > MAX_RECORDS;
    // Only the outermost added elements that are still in the page.
    const roots = whole
      ? [document]
      : [...added].filter(
          (el) => el.isConnected && ![...added].some((other) => other !== el && other.contains(el)),
        );
    added = new Set();
    records = 0;
    rescans += 1;
    scan(roots);
  };

  const start = () => {
    scan([document]);
    new MutationObserver((mutations) => {
      records += mutations.length;
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.addedNodes)) {
          if (node.nodeType === Node.ELEMENT_NODE && added.size <= MAX_PENDING_ROOTS)
            added.add(node as Element);
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    const timer = setInterval(() => {
      rescan();
      if (rescans >= MAX_RESCANS) clearInterval(timer);
    }, RESCAN_INTERVAL_MS);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
