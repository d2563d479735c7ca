/**
 * Retailer facts kept one per observation subject — what the user told the shop, what its
 * engines inferred, its privacy links, what its pages show — each described by its (latest)
 * observation. Adding an observation sets the fact; removing it deletes the fact, which is exact
 * because an observation is the only one for its subject.
 */
import {
  PERSONALIZATION_SIGNALS,
  type PersonalizationSignal,
} from '../detectors/page/personalization-signals';
import type { Observation, ObservationKind, RetailerProfile } from '../model';

type KeyedField = 'identifiersGiven' | 'engineInferences' | 'privacyLinks' | 'personalization';

const KEYED_FACTS: Partial<Record<ObservationKind, { field: KeyedField; describe(o: Observation): object }>> =
  {
    'identifier-given': {
      field: 'identifiersGiven',
      describe: (o): RetailerProfile['identifiersGiven'][string] => ({
        kind: o.subject.split(':')[0]!,
        masked: o.masked ?? '•••',
        firstSeen: o.firstSeen,
        lastSeen: o.lastSeen,
      }),
    },
    'engine-inference': {
      field: 'engineInferences',
      describe: (o): RetailerProfile['engineInferences'][string] => {
        const [engine = '', meaning = ''] = o.subject.split('|');
        return {
          engine,
          meaning,
          ...(o.detail !== undefined ? { detail: o.detail } : {}),
          firstSeen: o.firstSeen,
          lastSeen: o.lastSeen,
        };
      },
    },
    'privacy-link': {
      field: 'privacyLinks',
      describe: (o): RetailerProfile['privacyLinks'][string] => {
        const separator = o.subject.indexOf('|');
        const target = o.subject.slice(separator + 1);
        const text = typeof o.detail === 'string' ? o.detail : target;
        return {
          purpose: o.subject.slice(0, separator),
          ...(/^https?:\/\//.test(target) ? { href: target } : {}),
          text,
          lastSeen: o.lastSeen,
        };
      },
    },
    personalization: {
      field: 'personalization',
      describe: (o): RetailerProfile['personalization'][string] => ({
        signal: o.subject,
        category: PERSONALIZATION_SIGNALS[o.subject as PersonalizationSignal] ?? 'interests',
        evidence: typeof o.detail === 'string' ? o.detail : '',
        where: o.where ?? '',
        confidence: ['high', 'medium', 'low'].find((level) => (o.counters[level] ?? 0) > 0) ?? 'low',
        pages: o.count,
        firstSeen: o.firstSeen,
        lastSeen: o.lastSeen,
      }),
    },
  };

/** Set or delete the fact an observation describes; false when its kind keeps no such fact. */
export function contributeKeyedFact(
  profile: RetailerProfile,
  observation: Observation,
  sign: 1 | -1,
): boolean {
  const fact = KEYED_FACTS[observation.kind];
  if (!fact) return false;
  const facts = profile[fact.field] as Record<string, object>;
  if (sign < 0) delete facts[observation.subject];
  else facts[observation.subject] = fact.describe(observation);
  return true;
}
