import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_RESOURCE_TYPES,
  FIREFOX_RESOURCE_TYPES,
  GPC_EXCEPTION_PRIORITY,
  GPC_EXCEPTION_RULE_IDS,
  GPC_RULE_PRIORITY,
  GPC_RULESET_ID,
  gpcExceptionRules,
  gpcHeaderRule,
  sameRules,
  type DnrRule,
} from '../../src/gpc';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

const root = join(import.meta.dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('the static GPC ruleset', () => {
  it('is declared in the manifest, enabled by default', () => {
    const manifest = readJson('manifest.json') as {
      permissions: string[];
      declarative_net_request: { rule_resources: { id: string; enabled: boolean; path: string }[] };
    };
    expect(manifest.declarative_net_request.rule_resources).toEqual([
      { id: GPC_RULESET_ID, enabled: true, path: 'rules/gpc.json' },
    ]);
    expect(manifest.permissions).toContain('declarativeNetRequestWithHostAccess');
  });

  it('sets exactly Sec-GPC: 1 on every Chromium resource type, main_frame and sub_frame included', () => {
    const rules = readJson('public/rules/gpc.json');
    expect(rules).toEqual([gpcHeaderRule(CHROMIUM_RESOURCE_TYPES)]);
    const [rule] = rules as DnrRule[];
    expect(rule!.action).toEqual({
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }],
    });
    expect(rule!.condition.resourceTypes).toEqual(expect.arrayContaining(['main_frame', 'sub_frame']));
    expect(rule!.condition.resourceTypes).toHaveLength(15);
    expect(Object.keys(rule!.condition)).toEqual(['resourceTypes']);
  });

  it('has a Firefox twin with Firefox’s own list of types (no webtransport or webbundle)', () => {
    const [rule] = readJson('public/rules/gpc-firefox.json') as DnrRule[];
    expect(rule).toEqual(gpcHeaderRule(FIREFOX_RESOURCE_TYPES));
    expect(rule!.condition.resourceTypes).toEqual(
      expect.arrayContaining(['main_frame', 'sub_frame', 'beacon', 'imageset', 'xmlhttprequest']),
    );
    expect(rule!.condition.resourceTypes).not.toContain('webtransport');
    expect(rule!.condition.resourceTypes).not.toContain('webbundle');
    for (const list of [CHROMIUM_RESOURCE_TYPES, FIREFOX_RESOURCE_TYPES])
      expect(new Set(list).size).toBe(list.length);
  });
});

describe('gpcExceptionRules', () => {
  it('makes no rules while nothing is excepted or GPC is off', () => {
    expect(gpcExceptionRules(settings(), CHROMIUM_RESOURCE_TYPES)).toEqual([]);
    expect(
      gpcExceptionRules(settings({ gpc: false, gpcExceptions: ['shop.example'] }), CHROMIUM_RESOURCE_TYPES),
    ).toEqual([]);
  });

  it('lets the excepted sites’ documents, requests to them and requests from them go without the header', () => {
    const rules = gpcExceptionRules(
      settings({ gpcExceptions: ['shop.example', 'kaufhaus.de', 'shop.example'] }),
      CHROMIUM_RESOURCE_TYPES,
    );
    const sites = ['kaufhaus.de', 'shop.example'];
    expect(rules).toEqual([
      {
        id: GPC_EXCEPTION_RULE_IDS[0],
        priority: GPC_EXCEPTION_PRIORITY,
        action: { type: 'allowAllRequests' },
        condition: { resourceTypes: ['main_frame', 'sub_frame'], requestDomains: sites },
      },
      {
        id: GPC_EXCEPTION_RULE_IDS[1],
        priority: GPC_EXCEPTION_PRIORITY,
        action: { type: 'allow' },
        condition: { resourceTypes: [...CHROMIUM_RESOURCE_TYPES], requestDomains: sites },
      },
      {
        id: GPC_EXCEPTION_RULE_IDS[2],
        priority: GPC_EXCEPTION_PRIORITY,
        action: { type: 'allow' },
        condition: { resourceTypes: [...CHROMIUM_RESOURCE_TYPES], initiatorDomains: sites },
      },
    ]);
    // A modifyHeaders rule of lower or equal priority than a matching allow rule is ignored.
    expect(GPC_EXCEPTION_PRIORITY).toBeGreaterThan(GPC_RULE_PRIORITY);
  });

  it('keeps what DNR would refuse out of the domain lists', () => {
    const rules = gpcExceptionRules(
      settings({ gpcExceptions: ['bücher.de', 'shop.example', '*.evil', ''] }),
      FIREFOX_RESOURCE_TYPES,
    );
    expect(rules.map((rule) => rule.condition.requestDomains ?? rule.condition.initiatorDomains)).toEqual([
      ['shop.example'],
      ['shop.example'],
      ['shop.example'],
    ]);
    expect(rules[1]!.condition.resourceTypes).toEqual([...FIREFOX_RESOURCE_TYPES]);
    expect(gpcExceptionRules(settings({ gpcExceptions: ['bücher.de'] }), FIREFOX_RESOURCE_TYPES)).toEqual([]);
  });
});

describe('sameRules', () => {
  const wanted = gpcExceptionRules(
    settings({ gpcExceptions: ['a.example', 'b.example'] }),
    CHROMIUM_RESOURCE_TYPES,
  );

  it('ignores the order of rules and list entries, and fields the browser adds', () => {
    const reported = [...wanted].reverse().map((rule) => ({
      ...rule,
      condition: {
        ...rule.condition,
        resourceTypes: [...rule.condition.resourceTypes].reverse(),
        isUrlFilterCaseSensitive: false,
      },
    }));
    expect(sameRules(reported, wanted)).toBe(true);
    expect(sameRules([], [])).toBe(true);
  });

  it('notices a changed site list, a missing rule or leftovers', () => {
    const other = gpcExceptionRules(settings({ gpcExceptions: ['a.example'] }), CHROMIUM_RESOURCE_TYPES);
    expect(sameRules(other, wanted)).toBe(false);
    expect(sameRules(wanted.slice(1), wanted)).toBe(false);
    expect(sameRules(wanted, [])).toBe(false);
  });
});
