/**
 * Puts a letter together from one language's text and the cleaned facts. The full letter has
 * header lines, the numbered legal asks and every list; the compact one (for a mailto that
 * must stay short) keeps the request in one paragraph and as many observed items as asked.
 */
import type { LetterFacts } from './letter-input';
import type { LetterText } from './letter-text';

export interface ComposeOptions {
  compact: boolean;
  /** Observed items to write out; the rest are counted in one line. */
  maxItems: number;
  /** Whether to include the recipients/sources and identifiers lists. */
  lists: boolean;
}

export function formatDay(text: LetterText, time: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(text.locale, { dateStyle: 'long', ...(timeZone && { timeZone }) }).format(
    time,
  );
}

function observedLines(text: LetterText, facts: LetterFacts, maxItems: number, compact: boolean): string[] {
  const shown = facts.items.slice(0, Math.max(0, maxItems));
  const more = facts.items.length - shown.length + facts.moreItems;
  // A short email that can list none of the items says nothing about them rather than "N more".
  if (shown.length === 0 && (more === 0 || compact)) return [];
  const day = (time?: number) => (time === undefined ? undefined : formatDay(text, time, facts.timeZone));
  return [
    text.observedHeading[facts.kind],
    ...(compact ? [] : [text.observedIntro[facts.kind]]),
    ...shown.map((item) =>
      text.item(
        text.categories[item.category] ?? item.category,
        item.description,
        text.seen(day(item.firstSeen), day(item.lastSeen)),
      ),
    ),
    ...(more > 0 ? [text.moreItems(more)] : []),
  ];
}

function listParagraphs(text: LetterText, facts: LetterFacts): string[][] {
  const paragraphs: string[][] = [];
  const names = facts.kind === 'shop' ? facts.recipients : facts.sources;
  const intro = facts.kind === 'shop' ? text.recipientsIntro : text.sourcesIntro;
  // A full-width colon needs no space after it.
  const space = /[\x21-\x7e]$/.test(intro) ? ' ' : '';
  if (names.length > 0)
    paragraphs.push([`${intro}${space}${names.join(text.listSeparator)}${text.fullStop}`]);
  if (facts.identifiers.length > 0)
    paragraphs.push([text.identifiersIntro, ...facts.identifiers.map((id) => `- ${id}`)]);
  return paragraphs;
}

function header(text: LetterText, facts: LetterFacts): string[] {
  const lines = [text.to(facts.name, facts.site)];
  if (facts.contact)
    lines.push(text.contact(facts.contact.kind === 'email' ? facts.contact.address : facts.contact.url));
  if (facts.policyUrl) lines.push(text.policy(facts.policyUrl));
  if (facts.date !== undefined) lines.push(text.dated(formatDay(text, facts.date, facts.timeZone)));
  return lines;
}

export function composeBody(text: LetterText, facts: LetterFacts, options: ComposeOptions): string {
  const paragraphs: string[][] = options.compact
    ? [[text.greeting], [text.compactIntro]]
    : [
        header(text, facts),
        [text.title],
        [text.greeting],
        [text.intro],
        [text.asksIntro, ...text.asks.map((ask, index) => `${index + 1}. ${ask}`)],
        [text.specificIntro, ...text.specificAsks.map((ask) => `- ${ask}`)],
      ];
  const observed = observedLines(text, facts, options.maxItems, options.compact);
  if (observed.length > 0) paragraphs.push(observed);
  if (options.lists) paragraphs.push(...listParagraphs(text, facts));
  // The compact letter leaves out the courtesy of asking what else would identify the user.
  if (!options.compact) paragraphs.push([text.identify]);
  paragraphs.push([options.compact ? text.compactDeadline : text.deadline]);
  paragraphs.push([text.closing]);
  return paragraphs.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
