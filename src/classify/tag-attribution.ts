/**
 * Tags reported from a page → observations attributed to the tag vendor's organisation.
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
  }
  return deltas;
}
