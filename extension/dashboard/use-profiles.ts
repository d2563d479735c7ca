/**
 * What a dashboard view reads beyond the summaries: the full profiles and dossiers, or one shop's
 * profile. Each is undefined while it is read; a reload of the dashboard's data reads it again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RetailerProfile } from '../../src/model';
import { getRetailerProfile } from '../../src/store';
import { pageDatabase } from '../ui/data';
import type { DashboardData, ProfileData } from './data';

/** The full profiles and dossiers. */
export function useProfiles(data: DashboardData): ProfileData | undefined {
  return useRead(data, '', () => data.profiles());
}

/** One shop's profile: null when there is none. */
export function useShopProfile(data: DashboardData, site: string): RetailerProfile | null | undefined {
  return useRead(data, site, async () => (await getRetailerProfile(await pageDatabase(), site)) ?? null);
}

function useRead<T>(data: DashboardData, key: string, read: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<{ data: DashboardData; key: string; value: T } | undefined>();
  useEffect(() => {
    let current = true;
    void read().then((value) => current && setLoaded({ data, key, value }));
    return () => {
      current = false;
    };
    // `read` is derived from `data` and `key`.
  }, [data, key]);
  // After a reload (a delete, an import) or for another shop, the previous read is stale.
  return loaded?.data === data && loaded.key === key ? loaded.value : undefined;
}
