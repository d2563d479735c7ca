/**
 * The dashboard's views, addressed by the URL hash so each can be bookmarked, linked from the
 * popup ("#shop/<site>/letter") and reached with the browser's back button.
 */

export type Route =
  | { view: 'overview' }
  | { view: 'shops' }
  | { view: 'shop'; site: string; section?: 'letter' }
  | { view: 'companies' }
  | { view: 'company'; orgKey: string }
  | { view: 'graph' }
  | { view: 'timeline' }
  | { view: 'report' }
  | { view: 'data' }
  | { view: 'settings' };

export const NAV_VIEWS = [
  'overview',
  'shops',
  'companies',
  'graph',
  'timeline',
  'report',
  'data',
  'settings',
] as const;

export function parseRoute(hash: string): Route {
  const [view = '', first, second] = hash.replace(/^#/, '').split('/');
  const decoded = (part: string | undefined) => {
    try {
      return part ? decodeURIComponent(part) : undefined;
    } catch {
      return undefined;
    }
  };
  switch (view) {
    case 'shops':
    case 'companies':
    case 'graph':
    case 'timeline':
    case 'report':
    case 'data':
    case 'settings':
      return { view };
    case 'shop': {
      const site = decoded(first);
      if (!site) return { view: 'shops' };
      return second === 'letter' ? { view: 'shop', site, section: 'letter' } : { view: 'shop', site };
    }
    case 'company': {
      const orgKey = decoded(first);
      return orgKey ? { view: 'company', orgKey } : { view: 'companies' };
    }
    default:
      return { view: 'overview' };
  }
}

export const shopHref = (site: string) => `#shop/${encodeURIComponent(site)}`;
export const companyHref = (orgKey: string) => `#company/${encodeURIComponent(orgKey)}`;
