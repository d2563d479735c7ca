/**
 * Page-API signals → observations attributed to the script that made the calls: its site decides
 * first or third party, and the tracker database names its organisation. Inline code (no script
 * URL) is the page's own. The script URL comes from a stack trace the page could forge, so these
 * observations are claims of medium confidence until network evidence corroborates them.
 */
import type { ApiSignal, ObservationDelta } from '../model';
import type { PageContext } from './page-context';
import { hostOfUrl, siteOfHost } from './site';
import type { TrackerMatcher } from './tracker-matcher';

export function attributeApiSignals(
  signals: readonly ApiSignal[],
  page: PageContext,
  matcher: TrackerMatcher,
  at: number,
): ObservationDelta[] {
  return signals.map((signal) => {
    const hostname = signal.script ? hostOfUrl(signal.script) : undefined;
    const scriptSite = hostname ? siteOfHost(hostname) : page.site;
    const party = scriptSite === page.site ? 'first' : 'third';
    const delta: ObservationDelta = {
      retailer: page.site,
      kind: 'api-signal',
      party,
      subject: `${signal.code}|${scriptSite}`,
      at,
      counters: { calls: signal.count },
      evidence: signal.script
        ? { at, page: page.evidencePage, resource: signal.script, resourceType: 'script' }
        : { at, page: page.evidencePage },
    };
    if (hostname && party === 'third') {
      const tracker =
        matcher.match({
          url: signal.script,
          hostname,
          site: scriptSite,
          type: 'script',
          sourceUrl: page.url,
          sourceHostname: page.hostname,
          sourceSite: page.site,
        }) ?? matcher.matchSite(hostname);
      if (tracker) delta.tracker = tracker;
    }
    return delta;
  });
}
