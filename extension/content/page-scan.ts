/**
 * Scans the retailer's page (top frame only) when the browser is idle: what the page shows
 * that reveals what the shop knows (src/detectors/page) and the shop's own privacy links.
 * After the first scan, a MutationObserver only collects the elements added; at most every
 * RESCAN_INTERVAL_MS, at idle time, just those subtrees are scanned (the whole page again only
 * after very many changes), so the page never pays for each mutation. Only findings not
 * reported before are sent.
 */
import { scanPersonalization, type PersonalizationFinding } from '../../src/detectors/page';
import { findPrivacyLinks, type PrivacyLink } from '../../src/detectors/page/privacy-links';

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

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
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
    const findings = roots
      .flatMap((root) => scanPersonalization(root, { lang, revealedNames }))
      .filter((f) => fresh(`p|${f.signal}|${f.evidence}`))
      .map(({ signal, evidence, where, confidence }) => ({ signal, evidence, where, confidence }));
    if (findings.length > 0) send({ type: 'page/personalization', findings: findings.slice(0, 30) });
    const links = roots
      .flatMap((root) => findPrivacyLinks(root, location.href))
      .filter((l) => fresh(`l|${l.purpose}|${l.href ?? l.text}`));
    if (links.length > 0) send({ type: 'page/privacy-links', links: links.slice(0, 40) });
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
    whenIdle(() => scan(roots));
  };

  const start = () => {
    whenIdle(() => scan([document]));
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
