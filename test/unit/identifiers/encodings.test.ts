import { describe, expect, it } from 'vitest';
import {
  decodeBase64Text,
  safeDecodeURIComponent,
  toBase64,
  toBase64Url,
  toHex,
  utf8,
} from '../../../src/identifiers';

describe('encodings', () => {
  it('hex, base64 and base64url agree with Node', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'test@example.com', 'Grüße 你好']) {
      const bytes = utf8(text);
      expect(toHex(bytes)).toBe(Buffer.from(text).toString('hex'));
      expect(toBase64(bytes)).toBe(Buffer.from(text).toString('base64'));
      expect(toBase64Url(bytes)).toBe(Buffer.from(text).toString('base64url'));
    }
  });

  it('decodes base64 and base64url text, rejecting non-base64 and binary', () => {
    expect(decodeBase64Text('eyJlbWFpbCI6InRAZXhhbXBsZS5jb20ifQ==')).toBe('{"email":"t@example.com"}');
    expect(decodeBase64Text('eyJlbWFpbCI6InRAZXhhbXBsZS5jb20ifQ')).toBe('{"email":"t@example.com"}');
    expect(decodeBase64Text('not base64!')).toBeUndefined();
    expect(decodeBase64Text('/w==')).toBeUndefined();
  });

  it('URL-decodes without throwing on malformed escapes', () => {
    expect(safeDecodeURIComponent('a%40b.c+d')).toBe('a@b.c d');
    expect(safeDecodeURIComponent('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
