/** Shared inputs for the research-report tests: profiles, the shipped allowlist and defaults. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiSignalSeen, CompanyLink, PersonalizationSeen, RetailerProfile } from '../../../src/model';
import { emptyProfile } from '../../../src/profile';
import { parseAllowlist, type ReportAllowlist, type ReportInput } from '../../../src/report';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { random } from '../../bench/seeded-random';
import { companyLink } from '../helpers';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const T0 = Date.UTC(2026, 11, 2, 14, 37, 11, 123); // Wednesday of 2026-W49

export function shippedAllowlistJson(): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'report-allowlist.json'), 'utf8'));
}

export function shippedAllowlist(): ReportAllowlist {
  const result = parseAllowlist(shippedAllowlistJson());
  if (!result.ok) throw new Error(result.error);
  return result.allowlist;
}

export function company(orgKey: string, patch: Partial<CompanyLink> = {}): CompanyLink {
  return companyLink(orgKey, { domains: [`${orgKey}.com`], firstSeen: T0, lastSeen: T0, ...patch });
}

export function profileOf(retailer: string, patch: Partial<RetailerProfile> = {}): RetailerProfile {
  return { ...emptyProfile(retailer, T0), pageViews: 1, ...patch };
}

export function reportInput(patch: Partial<ReportInput> = {}): ReportInput {
  return {
    profiles: [],
    organizationKeys: new Set(['facebook', 'google', 'criteo']),
    allowlist: shippedAllowlist(),
    settings: { ...DEFAULT_SETTINGS },
    gpcChecks: {},
    now: T0,
    origin: 'volunteer',
    extensionVersion: '0.1.0',
    epsilon: undefined,
    random: random(7).next,
    ...patch,
  };
}

/** A greeting by name, as the page scan records it. */
export function greetingSeen(pages: number, at = T0): PersonalizationSeen {
  return {
    signal: 'greeting',
    category: 'identity',
    evidence: 'Hallo T•••',
    where: '#nav',
    confidence: 'high',
    pages,
    firstSeen: at,
    lastSeen: at,
  };
}

/** A third-party script reading the canvas, keyed as the profile keys it. */
export const CANVAS_BY_THIRD_PARTY: Record<string, ApiSignalSeen> = {
  'canvas-fingerprint|openfpcdn.io': {
    code: 'canvas-fingerprint',
    party: 'third',
    scriptSite: 'openfpcdn.io',
    reports: 2,
  },
};
