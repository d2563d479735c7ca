/**
 * Scans the retailer's page (top frame only) when the browser is idle: the shop's own privacy
 * links. Runs once the page has settled and once more a few seconds later for late-rendered
 * footers; only links not reported before are sent.
 */
import { findPrivacyLinks, type PrivacyLink } from '../../src/detectors/page/privacy-links';

type Send = (message: { type: 'page/privacy-links'; links: PrivacyLink[] }) => void;

const RESCAN_AFTER_MS = 5000;

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

export function scanPageWhenIdle(send: Send): void {
  if (window.top !== window) return;
  const reported = new Set<string>();
  const scan = () =>
    whenIdle(() => {
      const fresh = findPrivacyLinks(document, location.href).filter((link) => {
        const key = `${link.purpose}|${link.href ?? link.text}`;
        if (reported.has(key)) return false;
        reported.add(key);
        return true;
      });
      if (fresh.length > 0) send({ type: 'page/privacy-links', links: fresh });
    });
  const start = () => {
    scan();
    setTimeout(scan, RESCAN_AFTER_MS);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
