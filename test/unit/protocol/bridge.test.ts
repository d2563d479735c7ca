import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import {
  channelEventNames,
  isValidSecret,
  makeSecret,
  MAX_BRIDGE_MESSAGE_LENGTH,
  parseBridgeMessage,
} from '../../../src/protocol';

const random = (array: Uint8Array<ArrayBuffer>) => webcrypto.getRandomValues(array);

describe('bridge channel', () => {
  it('makes fresh 128-bit hex secrets', () => {
    const a = makeSecret(random);
    const b = makeSecret(random);
    expect(isValidSecret(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(channelEventNames(a).toContent).toContain(a);
    expect(channelEventNames(a).toContent).not.toBe(channelEventNames(a).toPage);
  });

  it.each([['short'], ['G'.repeat(32)], [42], [null], ['a'.repeat(33)]])('rejects secret %s', (value) => {
    expect(isValidSecret(value)).toBe(false);
  });
});

describe('parseBridgeMessage', () => {
  it('accepts allowlisted tag reports', () => {
    expect(parseBridgeMessage('{"t":"tag-globals","tags":["meta-pixel","hotjar"]}')).toEqual({
      t: 'tag-globals',
      tags: ['meta-pixel', 'hotjar'],
    });
  });

  it.each([
    ['an object instead of a string', { t: 'tag-globals', tags: [] }],
    ['invalid JSON', '{"t":'],
    ['an unknown type', '{"t":"cookies","value":"_ga=1"}'],
    ['unknown tags', '{"t":"tag-globals","tags":["evil"]}'],
    ['extra fields', '{"t":"tag-globals","tags":[],"url":"https://x"}'],
    ['an oversized string', `{"t":"tag-globals","tags":[]${' '.repeat(MAX_BRIDGE_MESSAGE_LENGTH)}}`],
  ])('drops %s', (_label, detail) => {
    expect(parseBridgeMessage(detail)).toBeUndefined();
  });
});
