import { describe, expect, it } from 'vitest';
import { detectTagGlobals, TAG_DEFINITIONS, tagDefinition } from '../../../src/detectors/api/tag-globals';
import { realMatcher } from '../helpers';

describe('detectTagGlobals', () => {
  it('finds tags by their globals, in registry order', () => {
    const globals = new Set(['ttq', 'fbq', 'dataLayer']);
    expect(detectTagGlobals((name) => globals.has(name))).toEqual(['meta-pixel', 'tiktok-pixel']);
  });

  it('finds nothing on a page without tags', () => {
    expect(detectTagGlobals(() => false)).toEqual([]);
  });

  it('survives hostile getters that throw', () => {
    const found = detectTagGlobals((name) => {
      if (name === 'fbq') throw new Error('trap');
      return name === 'pintrk';
    });
    expect(found).toEqual(['pinterest-tag']);
  });

  it('has unique ids', () => {
    const ids = TAG_DEFINITIONS.map((tag) => tag.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tagDefinition('meta-pixel')?.globals).toContain('fbq');
  });

  it('maps every tag to an organisation the tracker database knows', async () => {
    const matcher = await realMatcher();
    const unmatched = TAG_DEFINITIONS.filter((tag) => !matcher.matchSite(tag.vendorHost)).map(
      (tag) => tag.id,
    );
    expect(unmatched).toEqual([]);
  });
});
