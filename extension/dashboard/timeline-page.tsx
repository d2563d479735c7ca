/**
 * The timeline: when what was learned, newest first, filtered like the overview.
 */
import { timelineOf, type KnowledgeItem } from '../../src/profile';
import { formatDate, t } from '../ui/i18n';
import { howKnownLabel, knowledgeCategoryLabel, knowledgeWhat } from '../ui/knowledge-text';
import type { DashboardData } from './data';
import { FilterBar, type Filter } from './overview-page';
import { shopHref } from './route';

function matches(item: KnowledgeItem, filter: Filter, data: DashboardData): boolean {
  if (filter.category && item.category !== filter.category) return false;
  if (filter.company && !item.heldBy.includes(filter.company)) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [knowledgeWhat(item), item.detail ?? '', item.retailer, ...item.heldBy.map(data.nameOf)]
    .join(' ')
    .toLowerCase()
    .includes(text);
}

export function TimelinePage({
  data,
  filter,
  onFilter,
}: {
  data: DashboardData;
  filter: Filter;
  onFilter: (filter: Filter) => void;
}) {
  const items = timelineOf(data.knowledge.filter((item) => matches(item, filter, data)));
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading">{t('navTimeline')}</h2>
      <FilterBar data={data} filter={filter} onChange={onFilter} />
      <ol class="timeline">
        {items.map((item) => (
          <li key={`${item.retailer}|${item.id}`} data-testid="timeline-entry">
            <time dateTime={new Date(item.firstSeen).toISOString()}>{formatDate(item.firstSeen)}</time>{' '}
            <a href={shopHref(item.retailer)}>{item.retailer}</a>: {knowledgeWhat(item)}{' '}
            <span class="muted">
              ({knowledgeCategoryLabel(item.category)}, {howKnownLabel(item.how)})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
