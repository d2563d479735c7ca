/**
 * "What each company was told": the latest decoded events per recipient of one shop, loaded
 * from its observations when the user opens the section. Text only.
 */
import { useState } from 'preact/hooks';
import type { EventSample, Observation, Organization } from '../../src/model';
import { listObservationsOfRetailer } from '../../src/store';
import { pageDatabase } from '../ui/data';
import { t } from '../ui/i18n';

export function describeSample(event: string, sample: EventSample): string {
  const details: string[] = [];
  if (sample.value !== undefined)
    details.push(`${sample.value.toFixed(2)}${sample.currency ? ` ${sample.currency}` : ''}`);
  const items = sample.items
    .map((item) => item.name ?? item.id)
    .filter((label): label is string => Boolean(label));
  if (items.length > 0) details.push(t('sampleItems', items.join(', ')));
  if (sample.searchTerm) details.push(t('sampleSearch', sample.searchTerm));
  if (sample.hasOrderId) details.push(t('sampleOrder'));
  if (sample.userDataKeys.length > 0) details.push(t('sampleUserData', sample.userDataKeys.join(', ')));
  if (sample.automaticMatching) details.push(t('sampleAutomatic'));
  return details.length > 0 ? t('eventSample', event, details.join(' · ')) : event;
}

export function EventSamples({
  retailer,
  organizations,
}: {
  retailer: string;
  organizations: ReadonlyMap<string, Organization>;
}) {
  const [events, setEvents] = useState<Observation[] | undefined>();
  const load = (open: boolean) => {
    if (!open || events) return;
    void pageDatabase()
      .then((db) => listObservationsOfRetailer(db, retailer))
      .then((observations) => setEvents(observations.filter((o) => o.kind === 'event-sent')));
  };
  return (
    <details onToggle={(event) => load(event.currentTarget.open)} data-testid="event-samples">
      <summary>{t('dashboardWhatTold')}</summary>
      <ul class="received">
        {(events ?? []).map((observation) => {
          const [recipient = '', , event = ''] = observation.subject.split('|');
          const who = observation.tracker
            ? (organizations.get(observation.tracker.orgKey)?.name ?? recipient)
            : recipient;
          const latest = observation.samples?.[observation.samples.length - 1];
          return (
            <li key={observation.id} data-testid="event-sample">
              {who} — {latest ? describeSample(event, latest) : event} ×{observation.count}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
