/**
 * The overview — the operator's screen turned around: every thing known about the user, which
 * shops know it and how, which companies they passed it to, since when. Search and filters by
 * category and company narrow it (and the timeline, which shares the filter).
 */
import { KNOWLEDGE_CATEGORIES, type KnowledgeCategory, type OverviewEntry } from '../../src/profile';
import { countLabel, formatDate, t } from '../ui/i18n';
import { howKnownLabel, knowledgeCategoryLabel, knowledgeWhat } from '../ui/knowledge-text';
import type { DashboardData } from './data';
import { companyHref, shopHref } from './route';

export interface Filter {
  text: string;
  category: KnowledgeCategory | '';
  company: string;
}

export const NO_FILTER: Filter = { text: '', category: '', company: '' };

export function FilterBar({
  data,
  filter,
  onChange,
}: {
  data: DashboardData;
  filter: Filter;
  onChange: (filter: Filter) => void;
}) {
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('filterSearch')}{' '}
        <input
          type="search"
          value={filter.text}
          data-testid="filter-text"
          onInput={(event) => onChange({ ...filter, text: event.currentTarget.value })}
        />
      </label>
      <label>
        {t('filterCategory')}{' '}
        <select
          value={filter.category}
          data-testid="filter-category"
          onChange={(event) =>
            onChange({ ...filter, category: event.currentTarget.value as KnowledgeCategory | '' })
          }
        >
          <option value="">{t('filterAll')}</option>
          {KNOWLEDGE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {knowledgeCategoryLabel(category)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterCompany')}{' '}
        <select
          value={filter.company}
          data-testid="filter-company"
          onChange={(event) => onChange({ ...filter, company: event.currentTarget.value })}
        >
          <option value="">{t('filterAll')}</option>
          {data.companies.map((company) => (
            <option key={company.orgKey} value={company.orgKey}>
              {data.nameOf(company.orgKey)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

export function entryLabel(entry: OverviewEntry): string {
  const how = entry.shops[0]?.how[0] ?? 'you-told';
  const item = {
    how,
    subject: entry.subject,
    ...(entry.detail === undefined ? {} : { detail: entry.detail }),
  };
  if (entry.count !== undefined) Object.assign(item, { count: entry.count });
  if (entry.encodings) Object.assign(item, { encodings: entry.encodings });
  return knowledgeWhat(item);
}

function matches(entry: OverviewEntry, filter: Filter, data: DashboardData): boolean {
  if (filter.category && entry.category !== filter.category) return false;
  if (filter.company && !entry.heldBy[filter.company]) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  const haystack = [
    entryLabel(entry),
    entry.detail ?? '',
    ...entry.shops.map((shop) => shop.retailer),
    ...Object.keys(entry.heldBy).map(data.nameOf),
  ]
    .join(' ')
    .toLowerCase();
  return haystack.includes(text);
}

export function OverviewPage({
  data,
  filter,
  onFilter,
}: {
  data: DashboardData;
  filter: Filter;
  onFilter: (filter: Filter) => void;
}) {
  const entries = data.overview.filter((entry) => matches(entry, filter, data));
  const categories = KNOWLEDGE_CATEGORIES.filter((category) =>
    entries.some((entry) => entry.category === category),
  );
  return (
    <section aria-labelledby="overview-heading" data-testid="overview">
      <h2 id="overview-heading">{t('overviewHeading')}</h2>
      <p class="muted">{t('overviewIntro', data.shops.length, data.companies.length)}</p>
      <FilterBar data={data} filter={filter} onChange={onFilter} />
      {data.overview.length === 0 && <p data-testid="overview-empty">{t('overviewEmpty')}</p>}
      {data.overview.length > 0 && entries.length === 0 && <p>{t('filterNoMatch')}</p>}
      {categories.map((category) => (
        <section key={category} aria-label={knowledgeCategoryLabel(category)} class="overview-category">
          <h3>{knowledgeCategoryLabel(category)}</h3>
          <ul class="overview-entries">
            {entries
              .filter((entry) => entry.category === category)
              .map((entry) => (
                <OverviewLine key={entry.key} entry={entry} data={data} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function OverviewLine({ entry, data }: { entry: OverviewEntry; data: DashboardData }) {
  const holders = Object.entries(entry.heldBy).sort((a, b) => b[1].length - a[1].length);
  return (
    <li
      data-testid="overview-entry"
      data-key={entry.key}
      data-shops={entry.shops.length}
      data-strength={entry.strength}
    >
      <strong>{entryLabel(entry)}</strong>
      {entry.detail !== undefined && !entry.subject.includes('|') && <span>: “{entry.detail}”</span>}
      <div class="muted">
        {countLabel(entry.shops.length, 'overviewShopsOne', 'overviewShopsMany')}{' '}
        {entry.shops.slice(0, 8).map((shop, index) => (
          <span key={shop.retailer}>
            {index > 0 && ', '}
            <a href={shopHref(shop.retailer)}>{shop.retailer}</a> ({shop.how.map(howKnownLabel).join(', ')})
          </span>
        ))}
        {entry.shops.length > 8 && ` ${t('overviewMore', entry.shops.length - 8)}`}
      </div>
      {holders.length > 0 && (
        <div class="muted" data-testid="overview-held-by">
          {holders.slice(0, 8).map(([holder, shops], index) => (
            <span key={holder}>
              {index > 0 && '; '}
              {data.organizations.has(holder) ? (
                <a href={companyHref(holder)}>{data.nameOf(holder)}</a>
              ) : (
                holder
              )}{' '}
              {countLabel(shops.length, 'overviewToldByOne', 'overviewToldByMany')}
            </span>
          ))}
        </div>
      )}
      <div class="muted">{t('overviewSince', formatDate(entry.firstSeen))}</div>
    </li>
  );
}
