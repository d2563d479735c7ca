/**
 * Tags reported from a page → observations attributed to the tag vendor's organisation, and,
 * for personalisation engines, the shop's use of that engine (as its scripts' hosts also say).
 */
import { tagDefinition } from '../detectors/api/tag-globals';
import type { ObservationDelta } from '../model';
import type { PageContext } from './page-context';
import type { TrackerMatcher } from './tracker-matcher';

export function attributeTags(
  tagIds: readonly string[],
  page: PageContext,
  matcher: TrackerMatcher,
  at: number,
): ObservationDelta[] {
  const deltas: ObservationDelta[] = [];
  for (const id of tagIds) {
    const definition = tagDefinition(id);
    if (!definition) continue;
    const delta: ObservationDelta = {
      retailer: page.site,
      kind: 'tag-installed',
      party: 'third',
      subject: id,
      at,
      evidence: { at, page: page.evidencePage },
    };
    const tracker = matcher.matchSite(definition.vendorHost);
    if (tracker) delta.tracker = tracker;
    deltas.push(delta);
    if (definition.engine) {
      // The page says it runs the engine; a page can define any global, hence medium.
      deltas.push({
        retailer: page.site,
        kind: 'engine-inference',
        party: 'first',
        subject: `${definition.engine}|present`,
        at,
        evidence: { at, page: page.evidencePage },
        counters: { medium: 1 },
      });
    }
  }
  return deltas;
}
