/**
 * First-party cookies sent with a top-level navigation → what the shop's personalisation
 * engines inferred (src/detectors/page/engine-cookies), as observations of the retailer.
 * The Cookie header includes HttpOnly cookies, which page scripts cannot see.
 */
import { interpretEngineCookies, parseCookieString } from '../detectors/page/engine-cookies';
import type { ObservationDelta } from '../model';
import type { PageContext } from './page-context';

export function engineInferenceDeltas(
  cookieHeader: string,
  page: PageContext,
  at: number,
): ObservationDelta[] {
  return interpretEngineCookies(parseCookieString(cookieHeader)).map((finding) => {
    const delta: ObservationDelta = {
      retailer: page.site,
      kind: 'engine-inference',
      party: 'first',
      subject: `${finding.engine}|${finding.meaning}`,
      at,
      counters: { [finding.confidence]: 1 },
      evidence: { at, page: page.evidencePage },
    };
    if (finding.detail !== undefined) delta.detail = finding.detail;
    return delta;
  });
}
