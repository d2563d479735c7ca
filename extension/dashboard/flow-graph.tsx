/**
 * The data-flow graph: shops on the left, the companies they share data with on the right, one
 * curve per link, thicker for more requests and coloured by the company's category. Filter by
 * category and by name; choosing a node (click or Enter) keeps only its links. Stays readable at
 * 50 shops and 200 companies: rows are fixed-height and the page scrolls. SVG text only.
 */
import { useState } from 'preact/hooks';
import { primaryCategory, TRACKER_CATEGORIES, type TrackerCategory } from '../../src/model';
import { categoryLabel, t } from '../ui/i18n';
import type { DashboardData } from './data';

const ROW = 18;
const WIDTH = 900;
const LEFT_X = 200;
const RIGHT_X = WIDTH - 220;

interface Link {
  retailer: string;
  orgKey: string;
  requests: number;
  category: TrackerCategory;
}

export function FlowGraph({ data }: { data: DashboardData }) {
  const [category, setCategory] = useState<TrackerCategory | ''>('');
  const [text, setText] = useState('');
  const [focus, setFocus] = useState<string | undefined>();

  const needle = text.trim().toLowerCase();
  let links: Link[] = data.shops.flatMap((shop) =>
    shop.companies.map((company) => ({
      retailer: shop.retailer,
      orgKey: company.orgKey,
      requests: company.requests,
      category: primaryCategory(company.categories),
    })),
  );
  if (category) links = links.filter((link) => link.category === category);
  if (needle)
    links = links.filter(
      (link) => link.retailer.includes(needle) || data.nameOf(link.orgKey).toLowerCase().includes(needle),
    );
  if (focus) links = links.filter((link) => link.retailer === focus || link.orgKey === focus);

  const shops = rank(links.map((link) => link.retailer));
  const companies = rank(links.map((link) => link.orgKey));
  const shopY = new Map(shops.map((shop, index) => [shop, (index + 1) * ROW]));
  const companyY = new Map(companies.map((org, index) => [org, (index + 1) * ROW]));
  const height = (Math.max(shops.length, companies.length) + 1) * ROW;
  const maxRequests = Math.max(1, ...links.map((link) => link.requests));
  const choose = (node: string) => setFocus(focus === node ? undefined : node);

  return (
    <section aria-labelledby="graph-heading" data-testid="flow-graph">
      <h2 id="graph-heading">{t('navGraph')}</h2>
      <p class="muted">{t('graphIntro')}</p>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('filterCategory')}{' '}
          <select
            value={category}
            data-testid="graph-category"
            onChange={(event) => setCategory(event.currentTarget.value as TrackerCategory | '')}
          >
            <option value="">{t('filterAll')}</option>
            {TRACKER_CATEGORIES.map((key) => (
              <option key={key} value={key}>
                {categoryLabel(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterSearch')}{' '}
          <input
            type="search"
            value={text}
            data-testid="graph-search"
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        {focus && (
          <button type="button" onClick={() => setFocus(undefined)}>
            {t('graphShowAll')}
          </button>
        )}
      </form>
      <p class="muted" data-testid="graph-counts">
        {t('graphCounts', shops.length, companies.length, links.length)}
      </p>
      {/* Focusable, so keyboard users can scroll a graph taller or wider than the window. */}
      <div class="graph-scroll" tabIndex={0} role="region" aria-labelledby="graph-heading">
        <svg
          width={WIDTH}
          height={height}
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={t('graphCounts', shops.length, companies.length, links.length)}
        >
          <g fill="none">
            {links.map((link) => {
              const y1 = shopY.get(link.retailer)!;
              const y2 = companyY.get(link.orgKey)!;
              const middle = (LEFT_X + RIGHT_X) / 2;
              return (
                <path
                  key={`${link.retailer}|${link.orgKey}`}
                  class={`edge edge-${link.category}`}
                  data-testid="graph-edge"
                  d={`M${LEFT_X + 6},${y1} C${middle},${y1} ${middle},${y2} ${RIGHT_X - 6},${y2}`}
                  stroke-width={1 + 4 * Math.sqrt(link.requests / maxRequests)}
                >
                  <title>{`${link.retailer} → ${data.nameOf(link.orgKey)}: ${link.requests}`}</title>
                </path>
              );
            })}
          </g>
          {shops.map((shop) => (
            <g
              key={shop}
              class={`node${focus === shop ? ' focused' : ''}`}
              data-testid="graph-shop"
              tabIndex={0}
              role="button"
              aria-pressed={focus === shop}
              onClick={() => choose(shop)}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && choose(shop)}
            >
              <circle cx={LEFT_X} cy={shopY.get(shop)} r={5} />
              <text x={LEFT_X - 10} y={shopY.get(shop)! + 4} text-anchor="end">
                {shop}
              </text>
            </g>
          ))}
          {companies.map((org) => (
            <g
              key={org}
              class={`node${focus === org ? ' focused' : ''}`}
              data-testid="graph-company"
              tabIndex={0}
              role="button"
              aria-pressed={focus === org}
              onClick={() => choose(org)}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && choose(org)}
            >
              <circle cx={RIGHT_X} cy={companyY.get(org)} r={5} />
              <text x={RIGHT_X + 10} y={companyY.get(org)! + 4}>
                {data.nameOf(org)}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}

/** Distinct values, most frequent first, then by name. */
function rank(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}
