import { describe, expect, it } from 'vitest';
import { IMPORT_CHUNK_CHARS, IMPORT_IDLE_MS, ImportChunks } from '../../../src/import';
import { admitMessage, RateLimiter } from '../../../src/protocol';

describe('import chunks', () => {
  it('joins chunks sent in order up to the announced size', () => {
    const chunks = new ImportChunks();
    expect(chunks.begin('import-1', 6, 0)).toEqual({ ok: true });
    expect(chunks.add('import-1', 0, 'abc', 1)).toEqual({ ok: true });
    expect(chunks.add('import-1', 1, 'def', 2)).toEqual({ ok: true });
    expect(chunks.finish('import-1', 3)).toEqual({ ok: true, text: 'abcdef' });
    // Finished: the import is gone.
    expect(chunks.finish('import-1', 4)).toMatchObject({ ok: false });
  });

  it('refuses chunks out of order, over the size, too large, or of another import; and incomplete files', () => {
    const chunks = new ImportChunks();
    chunks.begin('import-1', 4, 0);
    expect(chunks.add('import-1', 1, 'ab', 0)).toMatchObject({ ok: false });
    chunks.begin('import-1', 4, 0);
    expect(chunks.add('import-1', 0, 'abcde', 0)).toMatchObject({ ok: false });
    chunks.begin('import-1', 4, 0);
    expect(chunks.add('other-00', 0, 'ab', 0)).toMatchObject({ ok: false });
    chunks.add('import-1', 0, 'ab', 0);
    expect(chunks.finish('import-1', 0)).toEqual({ ok: false, error: 'incomplete' });
    expect(chunks.begin('x-import', 512 * 1024 * 1024, 0)).toEqual({ ok: false, error: 'too-large' });
    chunks.begin('import-2', 2 * IMPORT_CHUNK_CHARS, 0);
    expect(chunks.add('import-2', 0, 'x'.repeat(IMPORT_CHUNK_CHARS + 1), 0)).toMatchObject({ ok: false });
  });

  it('abandons an import left idle, and a new import replaces an unfinished one', () => {
    const chunks = new ImportChunks();
    chunks.begin('import-1', 2, 0);
    expect(chunks.add('import-1', 0, 'a', IMPORT_IDLE_MS + 1)).toMatchObject({ ok: false });
    chunks.begin('import-1', 2, 0);
    chunks.begin('import-2', 1, 0);
    expect(chunks.add('import-1', 0, 'a', 0)).toMatchObject({ ok: false });
  });

  it('delete and import messages come only from extension pages, well-formed', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const page = { id, url: `chrome-extension://${id}/extension/dashboard/index.html` };
    const content = { id, url: 'https://shop.example/', frameId: 0, tab: { id: 3 } };
    const context = {
      extensionId: id,
      extensionBaseUrl: `chrome-extension://${id}/`,
      rateLimiter: new RateLimiter(),
      now: 0,
    };
    const admitted = (raw: unknown, sender: object) => admitMessage(raw, sender, context).admitted;
    expect(admitted({ type: 'ui/delete', scope: { kind: 'all' } }, page)).toBe(true);
    expect(admitted({ type: 'ui/delete', scope: { kind: 'retailer', retailer: 'shop.example' } }, page)).toBe(
      true,
    );
    expect(admitted({ type: 'ui/delete', scope: { kind: 'all' } }, content)).toBe(false);
    expect(admitted({ type: 'ui/delete', scope: { kind: 'everything' } }, page)).toBe(false);
    expect(
      admitted({ type: 'ui/delete', scope: { kind: 'retailer', retailer: 'x'.repeat(300) } }, page),
    ).toBe(false);
    expect(admitted({ type: 'ui/import-begin', importId: 'import-123', chars: 10 }, page)).toBe(true);
    expect(
      admitted(
        {
          type: 'ui/import-chunk',
          importId: 'import-123',
          index: 0,
          text: 'x'.repeat(IMPORT_CHUNK_CHARS + 1),
        },
        page,
      ),
    ).toBe(false);
    expect(admitted({ type: 'ui/import-commit', importId: 'import-123', mode: 'restore' }, page)).toBe(true);
    expect(admitted({ type: 'ui/import-commit', importId: 'import-123', mode: 'overwrite' }, page)).toBe(
      false,
    );
    expect(admitted({ type: 'ui/import-commit', importId: '../../x', mode: 'merge' }, page)).toBe(false);
  });
});
