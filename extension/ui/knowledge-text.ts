/**
 * Words for knowledge items (src/profile/knowledge.ts) in the UI language: what is known, how,
 * and who else holds it. One place, so the popup, the dashboard's pages and the overview say
 * the same thing the same way.
 */
import { ENGINE_NAMES } from '../../src/detectors/page/engine-cookies';
import type { HowKnown, KnowledgeItem } from '../../src/profile';
import { formatDate, shortList, t, type MessageKey } from './i18n';
import { apiSignalLabel, identifierKindLabel } from './received-facts';

const key = (prefix: string, id: string) => `${prefix}${id.replace(/-/g, '_')}` as MessageKey;

export function knowledgeCategoryLabel(category: string): string {
  return t(key('knowledge_', category));
}

export function howKnownLabel(how: HowKnown): string {
  return t(key('howKnown_', how));
}

/** What an item says is known, e.g. "your email (hashed)", "products you viewed (23)". */
export function knowledgeWhat(
  item: Pick<KnowledgeItem, 'how' | 'subject' | 'detail' | 'count' | 'encodings'>,
): string {
  switch (item.how) {
    case 'you-told':
      return identifierKindLabel(item.subject);
    case 'they-showed':
      return t(key('personalSignal_', item.subject));
    case 'measured':
      return apiSignalLabel(item.subject);
    case 'inferred': {
      const [engine = '', meaning = ''] = item.subject.split('|');
      const detail =
        meaning === 'first-seen' && item.detail && /^\d+$/.test(item.detail)
          ? formatDate(Number(item.detail))
          : (item.detail ?? '');
      return `${ENGINE_NAMES[engine] ?? engine}: ${t(key('engineMeaning_', meaning), detail)}`;
    }
    case 'partner-told':
      if (item.subject === 'browser-id') return t('subject_browser_id');
      if (item.count !== undefined && !item.encodings) return t(key('stage_', item.subject), item.count);
      return item.encodings
        ? t('encodingNote', identifierKindLabel(item.subject), encodingWords(item.encodings))
        : identifierKindLabel(item.subject);
  }
}

/** "hashed: SHA-256, MD5", "in plain text, hashed: SHA-256". Base64 is reversible, so it counts as plain. */
export function encodingWords(encodings: readonly string[]): string {
  const isPlain = (e: string) => e === 'plain' || e === 'base64';
  const hashes = [
    ...new Set(
      encodings
        .filter((e) => !isPlain(e))
        .map((e) =>
          e
            .replace(/-base64(url)?$/, '')
            .toUpperCase()
            .replace(/SHA(\d+)/g, 'SHA-$1'),
        ),
    ),
  ];
  const words: string[] = [];
  if (encodings.some(isPlain)) words.push(t('encoding_plain'));
  if (hashes.length > 0) words.push(`${t('encoding_hashed')}: ${hashes.join(', ')}`);
  return words.join('; ');
}

/** "sent to Meta, Google" with organisation names where known; past `limit`, "and N more". */
export function heldByText(
  heldBy: readonly string[],
  nameOf: (key: string) => string,
  limit?: number,
): string {
  return t('heldByList', shortList(heldBy.map(nameOf), limit));
}
