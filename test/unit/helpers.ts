/** Shared test helpers: the real tracker engine from node_modules, fresh in-memory databases. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { IDBFactory } from 'fake-indexeddb';
import { loadTrackerMatcher, type TrackerMatcher } from '../../src/classify';
import type { CompanyLink } from '../../src/model';
import { openGlassDatabase, type Migration } from '../../src/store';

const require = createRequire(import.meta.url);

export function trackerEngineBytes(): Uint8Array {
  const path = require
    .resolve('@ghostery/trackerdb')
    .replace(/dist[/\\]cjs[/\\]index\.js$/, 'dist/trackerdb.engine');
  return new Uint8Array(readFileSync(path));
}

let matcher: Promise<TrackerMatcher> | undefined;
export function realMatcher(): Promise<TrackerMatcher> {
  matcher ??= loadTrackerMatcher(trackerEngineBytes());
  return matcher;
}

/** A new, empty IndexedDB world per call, so tests never share state. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export function openFresh(factory = freshFactory(), migrations?: readonly Migration[]) {
  return openGlassDatabase(migrations ? { factory, migrations } : { factory });
}

/** A shop's link to one company, three advertising requests and nothing received, unless patched. */
export function companyLink(orgKey: string, patch: Partial<CompanyLink> = {}): CompanyLink {
  return {
    orgKey,
    requests: 3,
    requestsWithCookies: 0,
    cookiesSet: 0,
    categories: { advertising: 3 },
    domains: [`${orgKey}.example`],
    tags: [],
    received: { identifiers: {}, beforeSubmit: 0, events: {}, persistentIdentifiers: [] },
    apiSignals: [],
    observations: 1,
    firstSeen: 0,
    lastSeen: 0,
    ...patch,
  };
}
