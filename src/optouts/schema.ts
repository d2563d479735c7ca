/**
 * The schema of public/data/opt-outs.json, the curated list of opt-out pages (format in
 * docs/opt-outs-format.md). Every entry names the source that supports it; curated URLs must be
 * https. Company keys are Ghostery tracker-database organisation keys, checked by a unit test
 * against the shipped database.
 */
import * as v from 'valibot';

export const OPT_OUTS_FORMAT = 'glass-customer/opt-outs';
export const OPT_OUTS_SCHEMA_VERSION = 1;

/** What a curated page lets the user do. */
export const PAGE_KINDS = ['opt-out', 'ad-settings', 'data-deletion', 'rights-request'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * What the user should know before relying on a page, as codes the UI words:
 * - per-browser-cookie: the opt-out is a cookie in this browser; it is gone when cookies are
 *   cleared and may not work when third-party cookies are blocked;
 * - section-of-page: the choice is a section of a longer page;
 * - per-storefront: it applies to the account on that storefront only;
 * - business-closed: the company has closed the business the page was for;
 * - links-national-pages: the page links to national pages.
 */
export const CAVEATS = [
  'per-browser-cookie',
  'section-of-page',
  'per-storefront',
  'business-closed',
  'links-national-pages',
] as const;
export type Caveat = (typeof CAVEATS)[number];

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https:\/\/[^\s@]+$/, 'curated URLs must be https, without credentials'),
  v.url(),
);

/** ISO 3166-1 alpha-2, plus EU for pan-European pages. */
const Region = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));

const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/),
  v.check((date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'not a calendar date'),
);

const Caveats = v.pipe(v.array(v.picklist(CAVEATS)), v.maxLength(CAVEATS.length));

const PageCommon = {
  kind: v.picklist(PAGE_KINDS),
  /** Which part of the company the page is for ("Adobe Audience Manager", "amazon.de"). */
  name: v.optional(Text(100)),
  region: v.optional(Region),
  caveats: v.optional(Caveats),
  source: Text(500),
};

export const CompanyPageSchema = v.union([
  v.strictObject({ ...PageCommon, url: HttpsUrl }),
  // The page is the organisation's privacy policy as the tracker database gives it.
  v.strictObject({ ...PageCommon, at: v.literal('privacy-policy') }),
]);
export type CompanyPage = v.InferOutput<typeof CompanyPageSchema>;

export const IndustryPageSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  name: Text(100),
  url: HttpsUrl,
  region: Region,
  caveats: v.optional(Caveats),
  source: Text(500),
});
export type IndustryPage = v.InferOutput<typeof IndustryPageSchema>;

/** Tracker-database keys are short and printable ("google", "amazon_associates", "adf.ly"). */
// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const OrgKey = v.pipe(v.string(), v.regex(/^[^\u0000-\u001f\u007f]{1,100}$/));

export const OptOutDataSchema = v.strictObject({
  format: v.literal(OPT_OUTS_FORMAT),
  schemaVersion: v.literal(OPT_OUTS_SCHEMA_VERSION),
  /** When a person last checked every URL in the file. */
  reviewed: IsoDate,
  /** What each `source` refers to. */
  sources: v.record(Text(100), Text(1000)),
  companies: v.record(
    OrgKey,
    v.strictObject({ pages: v.pipe(v.array(CompanyPageSchema), v.minLength(1), v.maxLength(20)) }),
  ),
  industry: v.pipe(
    v.array(IndustryPageSchema),
    v.maxLength(50),
    v.check((pages) => new Set(pages.map((p) => p.id)).size === pages.length, 'industry ids repeat'),
  ),
});
export type OptOutData = v.InferOutput<typeof OptOutDataSchema>;
