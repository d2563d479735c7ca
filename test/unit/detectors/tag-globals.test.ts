import { describe, expect, it } from 'vitest';
import { detectTagGlobals, TAG_DEFINITIONS, tagDefinition } from '../../../src/detectors/api/tag-globals';
import { ENGINE_SITES } from '../../../src/detectors/network/engine-hosts';
import { realMatcher } from '../helpers';

/** The MAIN world's reader: own data properties only, so no page getter runs. */
function ownValue(object: unknown, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

describe('detectTagGlobals', () => {
  it('finds tags by their globals, in registry order', () => {
    const page = { ttq: [], fbq: () => undefined, dataLayer: [] };
    expect(detectTagGlobals(page, ownValue)).toEqual(['meta-pixel', 'tiktok-pixel']);
  });

  it('finds nothing on a page without tags', () => {
    expect(detectTagGlobals({ dataLayer: [], jQuery: () => undefined }, ownValue)).toEqual([]);
  });

  it('finds personalisation engines, following dotted paths through own data properties', () => {
    const page = {
      optimizely: { get: () => undefined },
      adobe: { target: { getOffer: () => undefined } },
      nostojs: () => undefined,
      utag: { view: () => undefined },
    };
    expect(detectTagGlobals(page, ownValue)).toEqual(['optimizely', 'adobe-target', 'nosto', 'tealium']);
  });

  it('does not take Adobe Analytics alone for Adobe Target', () => {
    expect(detectTagGlobals({ adobe: { analytics: {} } }, ownValue)).toEqual([]);
  });

  it('runs no page getter and survives hostile proxies', () => {
    let getterRan = false;
    const page: Record<string, unknown> = {
      pintrk: () => undefined,
      adobe: new Proxy(
        {},
        {
          getOwnPropertyDescriptor() {
            throw new Error('trap');
          },
        },
      ),
    };
    Object.defineProperty(page, 'fbq', {
      get() {
        getterRan = true;
        return () => undefined;
      },
    });
    expect(detectTagGlobals(page, ownValue)).toEqual(['pinterest-tag']);
    expect(getterRan).toBe(false);
  });

  it('has unique ids', () => {
    const ids = TAG_DEFINITIONS.map((tag) => tag.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tagDefinition('meta-pixel')?.globals).toContain('fbq');
  });

  it('names only engines the host list knows', () => {
    const engines = new Set(Object.values(ENGINE_SITES));
    const unknown = TAG_DEFINITIONS.filter((tag) => tag.engine && !engines.has(tag.engine)).map(
      (tag) => tag.id,
    );
    expect(unknown).toEqual([]);
  });

  it('maps every tag to an organisation the tracker database knows', async () => {
    const matcher = await realMatcher();
    const unmatched = TAG_DEFINITIONS.filter((tag) => !matcher.matchSite(tag.vendorHost)).map(
      (tag) => tag.id,
    );
    expect(unmatched).toEqual([]);
  });
});
