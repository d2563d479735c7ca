/**
 * Knowledge items on screen: category chips with counts ("Identity 3"), which filter the list
 * below them, and the list itself — what is known, how, the evidence (masked), who else holds it
 * and since when. Used by the popup (one shop) and the dashboard's shop pages. Text only.
 */
import { useState } from 'preact/hooks';
import {
  countByCategory,
  KNOWLEDGE_CATEGORIES,
  type KnowledgeCategory,
  type KnowledgeItem,
} from '../../src/profile';
import { formatDate } from './i18n';
import { heldByText, howKnownLabel, knowledgeCategoryLabel, knowledgeWhat } from './knowledge-text';

export function KnowledgeChips({
  items,
  selected,
  onSelect,
}: {
  items: readonly KnowledgeItem[];
  selected?: KnowledgeCategory | undefined;
  onSelect?: (category: KnowledgeCategory | undefined) => void;
}) {
  const counts = countByCategory(items);
  return (
    <ul class="chips" data-testid="knowledge-chips">
      {KNOWLEDGE_CATEGORIES.filter((category) => counts[category]).map((category) => (
        <li key={category}>
          <button
            type="button"
            class="chip"
            aria-pressed={selected === category}
            data-category={category}
            data-count={counts[category]}
            onClick={() => onSelect?.(selected === category ? undefined : category)}
          >
            {knowledgeCategoryLabel(category)} <span class="chip-count">{counts[category]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function KnowledgeList({
  items,
  nameOf,
  showShop = false,
  limit,
  holdersLimit,
}: {
  items: readonly KnowledgeItem[];
  nameOf: (holder: string) => string;
  showShop?: boolean;
  /** Items shown; the rest are left out. */
  limit?: number | undefined;
  /** Companies named per item before "and N more". */
  holdersLimit?: number | undefined;
}) {
  const shown = limit === undefined ? items : items.slice(0, limit);
  return (
    <ul class="knowledge" data-testid="knowledge-items">
      {shown.map((item) => (
        <li
          key={`${item.retailer}|${item.id}`}
          data-category={item.category}
          data-how={item.how}
          data-subject={item.subject}
          data-strength={item.strength}
        >
          <span class="what">{knowledgeWhat(item)}</span>
          {item.detail !== undefined && item.how !== 'inferred' && (
            <span class="detail">: “{item.detail}”</span>
          )}
          <span class="how muted">
            {' — '}
            {howKnownLabel(item.how)}
            {item.heldBy.length > 0 && item.how === 'partner-told'
              ? ` (${heldByText(item.heldBy, nameOf, holdersLimit)})`
              : ''}
            {showShop ? ` · ${item.retailer}` : ''} · {formatDate(item.firstSeen)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Chips and list together, the chips filtering the list. */
export function KnowledgeSummary({
  items,
  nameOf,
  limit,
  holdersLimit,
}: {
  items: readonly KnowledgeItem[];
  nameOf: (holder: string) => string;
  limit?: number | undefined;
  holdersLimit?: number | undefined;
}) {
  const [category, setCategory] = useState<KnowledgeCategory | undefined>();
  const shown = category ? items.filter((item) => item.category === category) : items;
  return (
    <>
      <KnowledgeChips items={items} selected={category} onSelect={setCategory} />
      <KnowledgeList items={shown} nameOf={nameOf} limit={limit} holdersLimit={holdersLimit} />
    </>
  );
}
