/**
 * Which step of shopping a decoded commerce event reports, across vendors' own names
 * ("Purchase", "purchase", "CompletePayment", "trans", "checkout" …): a purchase, the cart or
 * checkout, a product view, a search, or a page view. Pure; the knowledge view uses it to say
 * "2 purchases, 23 product views" rather than listing vendor vocabularies.
 */

export const EVENT_STAGES = ['purchase', 'cart', 'product-view', 'search', 'page-view', 'other'] as const;
export type EventStage = (typeof EVENT_STAGES)[number];

const STAGE_PATTERNS: readonly [EventStage, RegExp][] = [
  // Criteo "trans", Pinterest "checkout" (its purchase event), TikTok "CompletePayment", Snap "PURCHASE".
  [
    'purchase',
    /^(purchase|trans|transaction|checkout|completepayment|placeanorder|order_?completed?|conversion)$/i,
  ],
  [
    'cart',
    /^(add_?to_?cart|add_?cart|vb|viewbasket|view_cart|begin_checkout|initiate_?checkout|initiatecheckout|add_payment_info|addpaymentinfo|add_shipping_info|start_checkout)$/i,
  ],
  ['product-view', /^(view_?item|view_?content|vp|view_?product|pagevisit|product_?view|viewitem)$/i],
  ['search', /^(search|view_search_results|vs)$/i],
  ['page-view', /^(page_?view|pageview|page_?load|vh|vl|viewhome|viewlist|page)$/i],
];

export function eventStage(event: string): EventStage {
  for (const [stage, pattern] of STAGE_PATTERNS) if (pattern.test(event)) return stage;
  return 'other';
}

/** Event counts by stage, from a Received's "<vendor>:<event>" → count map. */
export function eventsByStage(events: Record<string, number>): Partial<Record<EventStage, number>> {
  const stages: Partial<Record<EventStage, number>> = {};
  for (const [key, count] of Object.entries(events)) {
    const stage = eventStage(key.slice(key.indexOf(':') + 1));
    stages[stage] = (stages[stage] ?? 0) + count;
  }
  return stages;
}
