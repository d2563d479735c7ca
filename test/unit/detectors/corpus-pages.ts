/**
 * Reading the page corpus (../shared/corpus/pages/): its index and each page decoded with the
 * charset the index names. Shared by the tests that run the page detectors over real pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusPage } from './corpus-ground-truth';

export const corpusDir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'pages');

export const corpusPresent = (): boolean => existsSync(join(corpusDir, 'INDEX.json'));

export function corpusPages(): CorpusPage[] {
  return (JSON.parse(readFileSync(join(corpusDir, 'INDEX.json'), 'utf8')) as { pages: CorpusPage[] }).pages;
}

/** A page's HTML. GBK and GB2312 pages are decoded as GB18030, their superset (Node has full ICU). */
export function corpusHtml(page: CorpusPage): string {
  const label = page.charset.toLowerCase();
  return new TextDecoder(/^(gbk|gb2312|gb18030)$/u.test(label) ? 'gb18030' : label).decode(
    readFileSync(join(corpusDir, page.file)),
  );
}
