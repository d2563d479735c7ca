/**
 * Scans the retailer's page (top frame only) when the browser is idle: what the page shows
 * that reveals what the shop knows (src/detectors/page) and the shop's own privacy links.
 * After the first scan, a MutationObserver only marks the page dirty; a rescan runs at most
 * every RESCAN_INTERVAL_MS, again at idle time, so the page never pays for every mutation.
 * Only findings not reported before are sent.
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

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

export function scanPageWhenIdle(send: Send): void {
  if (window.top !== window) return;
  const reported = new Set<string>();
  const fresh = (key: string) => !reported.has(key) && Boolean(reported.add(key));
  let dirty = false;
  let rescans = 0;

  const scan = () => {
    const findings = scanPersonalization(document)
      .filter((f) => fresh(`p|${f.signal}|${f.evidence}`))
      .map(({ signal, evidence, where, confidence }) => ({ signal, evidence, where, confidence }));
    if (findings.length > 0) send({ type: 'page/personalization', findings: findings.slice(0, 30) });
    const links = findPrivacyLinks(document, location.href).filter((l) =>
      fresh(`l|${l.purpose}|${l.href ?? l.text}`),
    );
    if (links.length > 0) send({ type: 'page/privacy-links', links });
  };

  const start = () => {
    whenIdle(scan);
    // Later changes (carousels, late footers, SPA routes) only mark the page dirty.
    new MutationObserver(() => {
      dirty = true;
    }).observe(document.documentElement, { childList: true, subtree: true });
    const timer = setInterval(() => {
      if (!dirty) return;
      dirty = false;
      rescans += 1;
      if (rescans >= MAX_RESCANS) clearInterval(timer);
      whenIdle(scan);
    }, RESCAN_INTERVAL_MS);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
