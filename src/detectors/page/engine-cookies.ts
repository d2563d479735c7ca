/**
 * What personalisation engines' first-party cookies say the shop inferred about you, in plain
 * categories (signals.md §5): a guessed city, experiment buckets, segments, products you
 * browsed, how often you visited, since when, whether a profile exists or is tied to you.
 * Pure; values are read to interpret them and only the interpretation leaves this module
 * (a city or region name, counts, product ids, a nickname masked).
 */

export type EngineMeaning =
  /** The engine's scripts or APIs were contacted from the shop's pages (engine-hosts.ts). */
  | 'present'
  | 'profile-id'
  | 'location'
  | 'experiments'
  | 'segments'
  | 'browsed-products'
  | 'visit-count'
  | 'first-seen'
  | 'profile-built'
  | 'email-linked'
  | 'identified'
  | 'traffic-source'
  | 'session-pages';

export interface EngineFinding {
  engine: string;
  cookie: string;
  meaning: EngineMeaning;
  /** A city/region, a count, a time (ms), product ids or a source — never an identifier value. */
  detail?: string | number;
  confidence: 'high' | 'medium' | 'low';
}

export interface Cookie {
  name: string;
  value: string;
}

type Interpreter = (value: string, name: string) => Omit<EngineFinding, 'engine' | 'cookie'>[];

interface Rule {
  engine: string;
  cookie: RegExp;
  interpret: Interpreter;
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
const id: Interpreter = () => [{ meaning: 'profile-id', confidence: 'medium' }];
const clip = (text: string) => text.trim().slice(0, 40);

const RULES: Rule[] = [
  // Dynamic Yield: _dy_geo=US.NA.US_CA.US_CA_San%20Diego, _dy_df_geo=United%20States.California.San%20Diego
  { engine: 'dynamic-yield', cookie: /^_dy_df_geo$/, interpret: (v) => place(decode(v).split('.').pop()) },
  {
    engine: 'dynamic-yield',
    cookie: /^_dy_geo$/,
    interpret: (v) => place(decode(v).split('.').pop()?.split('_').pop()),
  },
  {
    engine: 'dynamic-yield',
    cookie: /^_dy_c_exps$/,
    interpret: () => [{ meaning: 'experiments', confidence: 'high' }],
  },
  { engine: 'dynamic-yield', cookie: /^_dyid$/, interpret: id },
  // Optimizely: optimizelyEndUserId=oeu<first-seen ms>r<random>; optimizelyBuckets={"exp":"variation"}
  {
    engine: 'optimizely',
    cookie: /^optimizelyEndUserId$/,
    interpret: (v) => {
      const first = /^oeu(\d{13})r/.exec(v)?.[1];
      return [
        { meaning: 'profile-id', confidence: 'medium' },
        ...(first
          ? [{ meaning: 'first-seen' as const, detail: Number(first), confidence: 'high' as const }]
          : []),
      ];
    },
  },
  {
    engine: 'optimizely',
    cookie: /^optimizelyBuckets$/,
    interpret: (v) => countOf(json(decode(v)), 'experiments'),
  },
  // Adobe Target / Experience Cloud
  { engine: 'adobe', cookie: /^mbox$/, interpret: (v) => (/PC#/.test(decode(v)) ? id(v, 'mbox') : []) },
  { engine: 'adobe', cookie: /^AMCV_.+AdobeOrg$/, interpret: id },
  { engine: 'adobe', cookie: /^(demdex|aam_uuid)$/, interpret: id },
  // Monetate: mt.v=2.<visitor>.<first-seen ms>; mt.m={"membership":[…]}
  {
    engine: 'monetate',
    cookie: /^mt\.v$/,
    interpret: (v) => {
      const first = /\.(\d{13})$/.exec(v)?.[1];
      return [
        { meaning: 'profile-id', confidence: 'medium' },
        ...(first
          ? [{ meaning: 'first-seen' as const, detail: Number(first), confidence: 'high' as const }]
          : []),
      ];
    },
  },
  {
    engine: 'monetate',
    cookie: /^mt\.m$/,
    interpret: (v) => {
      const membership = (json(decode(v)) as { membership?: unknown } | undefined)?.membership;
      return Array.isArray(membership) && membership.length > 0
        ? [{ meaning: 'segments', detail: membership.length, confidence: 'high' }]
        : [];
    },
  },
  { engine: 'nosto', cookie: /^2c\.cId$/, interpret: id },
  // Bloomreach: _br_uid_2=uid=…:v=…:ts=<first-seen ms>:hc=<hit count>[:cdp_segments=<base64>]
  {
    engine: 'bloomreach',
    cookie: /^_br_uid_2$/,
    interpret: (v) => {
      const fields = Object.fromEntries(
        decode(v)
          .split(':')
          .map((part) => part.split('=') as [string, string]),
      );
      const found: Omit<EngineFinding, 'engine' | 'cookie'>[] = [
        { meaning: 'profile-id', confidence: 'medium' },
      ];
      if (/^\d+$/.test(fields['hc'] ?? ''))
        found.push({ meaning: 'visit-count', detail: Number(fields['hc']), confidence: 'high' });
      if (/^\d{13}$/.test(fields['ts'] ?? ''))
        found.push({ meaning: 'first-seen', detail: Number(fields['ts']), confidence: 'high' });
      if (fields['cdp_segments']) found.push({ meaning: 'segments', confidence: 'high' });
      return found;
    },
  },
  {
    engine: 'bloomreach',
    cookie: /^_cdp_segments$/,
    interpret: () => [{ meaning: 'segments', confidence: 'high' }],
  },
  // Salesforce Commerce Cloud / Einstein: __cq_seg=0~0.42!1~-0.55!…; __cq_bc={"site":[{"id":"…"}]}
  {
    engine: 'salesforce-einstein',
    cookie: /^__cq_seg$/,
    interpret: (v) => {
      const weights = decode(v)
        .split('!')
        .map((pair) => Number(pair.split('~')[1]));
      return weights.some((w) => Number.isFinite(w) && w !== 0)
        ? [{ meaning: 'profile-built', confidence: 'high' }]
        : [];
    },
  },
  {
    engine: 'salesforce-einstein',
    cookie: /^__cq_bc$/,
    interpret: (v) => {
      const lists = Object.values((json(decode(v)) as Record<string, unknown> | undefined) ?? {});
      const ids = lists
        .flatMap((list): unknown[] => (Array.isArray(list) ? (list as unknown[]) : []))
        .map((item) => (item as { id?: unknown })?.id)
        .filter((x): x is string => typeof x === 'string');
      return ids.length > 0
        ? [{ meaning: 'browsed-products', detail: ids.slice(0, 10).map(clip).join(', '), confidence: 'high' }]
        : [];
    },
  },
  { engine: 'algolia', cookie: /^_ALGOLIA$/, interpret: id },
  { engine: 'emarsys', cookie: /^scarab\.visitor$/, interpret: id },
  // Klaviyo: __kla_id = base64 JSON; "$exchange_id" once the browser is tied to a profile (an email).
  {
    engine: 'klaviyo',
    cookie: /^__kla_id$/,
    interpret: (v) => {
      const decoded = base64Json(decode(v));
      return decoded && '$exchange_id' in decoded
        ? [{ meaning: 'email-linked', confidence: 'high' }]
        : [{ meaning: 'profile-id', confidence: 'medium' }];
    },
  },
  // Tealium: utag_main=v_id:…$_sn:<sessions>$…$_pn:<pages this session>
  {
    engine: 'tealium',
    cookie: /^utag_main$/,
    interpret: (v) => {
      const fields = Object.fromEntries(
        decode(v)
          .split('$')
          .map((part) => [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1).split(';')[0]]),
      );
      const found: Omit<EngineFinding, 'engine' | 'cookie'>[] = [];
      if (/^\d+$/.test(fields['_sn'] ?? ''))
        found.push({ meaning: 'visit-count', detail: Number(fields['_sn']), confidence: 'medium' });
      if (/^\d+$/.test(fields['_pn'] ?? ''))
        found.push({ meaning: 'session-pages', detail: Number(fields['_pn']), confidence: 'medium' });
      return found;
    },
  },
  {
    engine: 'segment',
    cookie: /^ajs_user_id$/,
    interpret: (v) =>
      decode(v).replace(/"/g, '').trim() && decode(v) !== 'null'
        ? [{ meaning: 'identified', confidence: 'high' }]
        : [],
  },
  // JD.com: ipLoc-djd=<prov>-<city>-<district>-<town>; __jda=<hash>.<visitor>.<first>.<prev>.<current>.<visits>; __jdv=<hash>|<source>|…
  {
    engine: 'jd',
    cookie: /^ipLoc-djd$/,
    interpret: (v) =>
      /^\d+([-_]\d+){2,}/.test(v) ? [{ meaning: 'location', detail: 'district', confidence: 'medium' }] : [],
  },
  {
    engine: 'jd',
    cookie: /^PCSYCityID$/,
    interpret: () => [{ meaning: 'location', detail: 'district', confidence: 'medium' }],
  },
  {
    engine: 'jd',
    cookie: /^__jda$/,
    interpret: (v) => {
      const parts = v.split('.');
      const visits = parts[5];
      const first = parts[2];
      const found: Omit<EngineFinding, 'engine' | 'cookie'>[] = [
        { meaning: 'profile-id', confidence: 'medium' },
      ];
      if (visits && /^\d+$/.test(visits))
        found.push({ meaning: 'visit-count', detail: Number(visits), confidence: 'high' });
      if (first && /^\d{10}$/.test(first))
        found.push({ meaning: 'first-seen', detail: Number(first) * 1000, confidence: 'high' });
      return found;
    },
  },
  { engine: 'jd', cookie: /^__jdv$/, interpret: (v) => source(decode(v).split('|')[1]) },
  {
    engine: 'jd',
    cookie: /^(pin|pt_pin|unick)$/,
    interpret: (v) => (v ? [{ meaning: 'identified', confidence: 'high' }] : []),
  },
  // Taobao / Tmall: nickname cookies mean logged in; cna is a long-lived browser id (meaning unverified).
  {
    engine: 'alibaba',
    cookie: /^(_nk_|tracknick|lgc|unb)$/,
    interpret: (v) => (v ? [{ meaning: 'identified', confidence: 'high' }] : []),
  },
  { engine: 'alibaba', cookie: /^cna$/, interpret: () => [{ meaning: 'profile-id', confidence: 'low' }] },
];

/** Display names of the engines. */
export const ENGINE_NAMES: Readonly<Record<string, string>> = {
  'dynamic-yield': 'Dynamic Yield',
  optimizely: 'Optimizely',
  adobe: 'Adobe Experience Cloud',
  monetate: 'Monetate',
  nosto: 'Nosto',
  bloomreach: 'Bloomreach',
  'salesforce-einstein': 'Salesforce Einstein',
  algolia: 'Algolia',
  emarsys: 'Emarsys',
  klaviyo: 'Klaviyo',
  tealium: 'Tealium',
  segment: 'Segment',
  jd: 'JD.com',
  alibaba: 'Alibaba (Taobao/Tmall)',
};

/** Interpret a page's cookies; each (engine, cookie, meaning) once. Never throws. */
export function interpretEngineCookies(cookies: readonly Cookie[]): EngineFinding[] {
  const found = new Map<string, EngineFinding>();
  for (const { name, value } of cookies) {
    for (const rule of RULES) {
      if (!rule.cookie.test(name)) continue;
      let results: Omit<EngineFinding, 'engine' | 'cookie'>[] = [];
      try {
        results = rule.interpret(value, name);
      } catch {
        results = [];
      }
      for (const result of results) {
        const finding = { engine: rule.engine, cookie: name, ...result };
        found.set(`${rule.engine}|${name}|${result.meaning}`, finding);
      }
    }
  }
  return [...found.values()];
}

/** Parse a Cookie header or document.cookie string. */
export function parseCookieString(text: string): Cookie[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.includes('='))
    .map((part) => ({
      name: part.slice(0, part.indexOf('=')).trim(),
      value: part.slice(part.indexOf('=') + 1).trim(),
    }));
}

function place(name: string | undefined): Omit<EngineFinding, 'engine' | 'cookie'>[] {
  return name && /\p{L}/u.test(name)
    ? [{ meaning: 'location', detail: clip(name), confidence: 'medium' }]
    : [];
}

function source(name: string | undefined): Omit<EngineFinding, 'engine' | 'cookie'>[] {
  return name && name !== '-'
    ? [{ meaning: 'traffic-source', detail: clip(name), confidence: 'medium' }]
    : [];
}

function countOf(value: unknown, meaning: EngineMeaning): Omit<EngineFinding, 'engine' | 'cookie'>[] {
  const count = value && typeof value === 'object' ? Object.keys(value).length : 0;
  return count > 0 ? [{ meaning, detail: count, confidence: 'high' }] : [];
}

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function base64Json(text: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
