import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../src/profile';
import { storedShopOfHost } from '../../../src/store';
import { putProfile } from '../../../src/store/profile-writes';
import { openFresh } from '../helpers';

describe('storedShopOfHost (the popup naming a tab’s shop without the Public Suffix List)', () => {
  it('finds the stored shop among the host’s suffixes, longest first, else nothing', async () => {
    const db = await openFresh();
    const tx = db.transaction(['retailers', 'summaries'], 'readwrite');
    for (const shop of ['shop.co.uk', 'tenant.myshopify.com', 'myshopify.com', '192.168.1.20'])
      await putProfile(tx, emptyProfile(shop, 0));
    await tx.done;

    expect(await storedShopOfHost(db, 'www.shop.co.uk')).toBe('shop.co.uk');
    expect(await storedShopOfHost(db, 'WWW.Shop.CO.UK.')).toBe('shop.co.uk');
    expect(await storedShopOfHost(db, 'shop.co.uk')).toBe('shop.co.uk');
    // A hosting platform's tenant is its own shop, even when the platform's site is stored too.
    expect(await storedShopOfHost(db, 'cdn.tenant.myshopify.com')).toBe('tenant.myshopify.com');
    expect(await storedShopOfHost(db, 'other.myshopify.com')).toBe('myshopify.com');
    expect(await storedShopOfHost(db, '192.168.1.20')).toBe('192.168.1.20');
    expect(await storedShopOfHost(db, 'unseen.co.uk')).toBeUndefined();
    expect(await storedShopOfHost(db, 'localhost')).toBeUndefined();
  });
});
