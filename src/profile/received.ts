/**
 * Adding and removing an observation's share of what a recipient received (identifiers, events,
 * identifier cookies). Each observation is the only one for its subject, so set members can be
 * removed exactly; counts are added with a sign.
 */
import type { Observation, Received } from '../model';

export function emptyReceived(): Received {
  return { identifiers: {}, beforeSubmit: 0, events: {}, persistentIdentifiers: [] };
}

/** The part of the subject after the recipient: `<recipient>|a|b` → ['a', 'b']. */
function subjectParts(observation: Observation): string[] {
  return observation.subject.split('|').slice(1);
}

export function contributeReceived(received: Received, observation: Observation, sign: 1 | -1): void {
  const parts = subjectParts(observation);
  switch (observation.kind) {
    case 'identifier-sent': {
      const [kind = '', encoding = ''] = parts;
      const encodings = setMember(received.identifiers[kind] ?? [], encoding, sign);
      if (encodings.length > 0) received.identifiers[kind] = encodings;
      else delete received.identifiers[kind];
      received.beforeSubmit += sign * (observation.counters['beforeSubmit'] ?? 0);
      return;
    }
    case 'event-sent': {
      const key = parts.join(':');
      const count = (received.events[key] ?? 0) + sign * observation.count;
      if (count > 0) received.events[key] = count;
      else delete received.events[key];
      return;
    }
    case 'persistent-identifier':
      received.persistentIdentifiers = setMember(received.persistentIdentifiers, parts.join('|'), sign);
      return;
    default:
      return;
  }
}

export function setMember(values: string[], value: string, sign: 1 | -1): string[] {
  if (sign > 0) return values.includes(value) ? values : [...values, value].sort();
  return values.filter((v) => v !== value);
}
