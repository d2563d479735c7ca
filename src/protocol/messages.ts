/**
 * Every runtime message of Glass Customer, with its validator (valibot) and who may send it.
 * The background router admits nothing that is not listed here.
 */
import * as v from 'valibot';
import { TAG_IDS } from '../detectors/api/tag-globals';
import { IMPORT_LIMITS } from '../import/export-schema';
import { IMPORT_CHUNK_CHARS } from '../import/import-chunks';
import { SettingsPatchSchema } from '../settings/settings';
import {
  ApiSignalList,
  FormField,
  MAX_FORM_FIELDS,
  MAX_PERSONALIZATION_FINDINGS,
  MAX_PRIVACY_LINKS,
  PersonalizationFindingSchema,
  PrivacyLinkSchema,
} from './field-schemas';

/** Who may send a message: a content script in a web page, or an extension page (popup, dashboard). */
export type SenderKind = 'content-script' | 'extension-page';

const TagGlobalsReport = v.strictObject({
  type: v.literal('page/tag-globals'),
  tags: v.pipe(
    v.array(v.picklist(TAG_IDS)),
    v.maxLength(TAG_IDS.length),
    v.checkItems((tag, index, all) => all.indexOf(tag) === index, 'duplicate tag'),
  ),
});

/** The MAIN world's page-API signals, forwarded by the content script. */
const ApiSignalsReport = v.strictObject({
  type: v.literal('page/api-signals'),
  signals: ApiSignalList,
});

/** The shop's own privacy links found on the page (top frame). */
const PrivacyLinksReport = v.strictObject({
  type: v.literal('page/privacy-links'),
  links: v.pipe(v.array(PrivacyLinkSchema), v.minLength(1), v.maxLength(MAX_PRIVACY_LINKS)),
});

/** What the page shows that reveals what the shop knows (top frame). */
const PersonalizationReport = v.strictObject({
  type: v.literal('page/personalization'),
  findings: v.pipe(
    v.array(PersonalizationFindingSchema),
    v.minLength(1),
    v.maxLength(MAX_PERSONALIZATION_FINDINGS),
  ),
});

/** The user submitted a form: the personal fields it held, classified (never passwords, never card numbers). */
const FormSubmitted = v.strictObject({
  type: v.literal('page/form-submitted'),
  fields: v.pipe(v.array(FormField), v.minLength(1), v.maxLength(MAX_FORM_FIELDS)),
});

/** The user finished typing a personal field (before any submit): watched for leaks from now on. */
const FieldTyped = v.strictObject({
  type: v.literal('page/field-typed'),
  field: FormField,
});

/** The user adds a value to the watchlist in the dashboard's settings. */
const WatchlistAdd = v.strictObject({
  type: v.literal('ui/watchlist-add'),
  field: FormField,
});

const WatchlistRemove = v.strictObject({
  type: v.literal('ui/watchlist-remove'),
  key: v.pipe(v.string(), v.maxLength(400)),
});

const WatchlistClear = v.strictObject({ type: v.literal('ui/watchlist-clear') });

const SettingsGet = v.strictObject({ type: v.literal('ui/settings-get') });

const SettingsUpdate = v.strictObject({
  type: v.literal('ui/settings-update'),
  patch: SettingsPatchSchema,
});

/** The user asked, in the popup, what an anonymous visitor would see on this tab's page. */
const CompareAnonymous = v.strictObject({
  type: v.literal('ui/compare-anonymous'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The popup opened: is GPC sent to this tab's site, and does the site declare it honours GPC? */
const GpcStatusRequest = v.strictObject({
  type: v.literal('ui/gpc-status'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Delete everything about one shop, one company, or everything (the dashboard asked the user first). */
const DeleteRequest = v.strictObject({
  type: v.literal('ui/delete'),
  scope: v.variant('kind', [
    v.strictObject({
      kind: v.literal('retailer'),
      retailer: v.pipe(v.string(), v.minLength(1), v.maxLength(253)),
    }),
    v.strictObject({
      kind: v.literal('organization'),
      orgKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    }),
    v.strictObject({ kind: v.literal('all') }),
  ]),
});

const ImportId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/));

/** An import file follows in chunks of at most IMPORT_CHUNK_CHARS; nothing changes before the commit. */
const ImportBegin = v.strictObject({
  type: v.literal('ui/import-begin'),
  importId: ImportId,
  chars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(IMPORT_LIMITS.fileChars)),
});

const ImportChunk = v.strictObject({
  type: v.literal('ui/import-chunk'),
  importId: ImportId,
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.pipe(v.string(), v.maxLength(IMPORT_CHUNK_CHARS)),
});

/** Check the whole file and, only if it is valid, restore it or merge it in one transaction. */
const ImportCommit = v.strictObject({
  type: v.literal('ui/import-commit'),
  importId: ImportId,
  mode: v.picklist(['restore', 'merge']),
});

/** Make the store current before a page reads it. */
const FlushRequest = v.strictObject({
  type: v.literal('ui/flush'),
});

/**
 * The popup's view of the shop a tab shows, composed by the worker after a flush (see
 * src/profile/popup-view.ts); answered with `{ ok: true }` alone when the tab shows no web page.
 */
const PopupViewRequest = v.strictObject({
  type: v.literal('ui/popup-view'),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const MESSAGE_SCHEMAS = {
  'page/tag-globals': { schema: TagGlobalsReport, sender: 'content-script' },
  'page/api-signals': { schema: ApiSignalsReport, sender: 'content-script' },
  'page/form-submitted': { schema: FormSubmitted, sender: 'content-script' },
  'page/field-typed': { schema: FieldTyped, sender: 'content-script' },
  'page/privacy-links': { schema: PrivacyLinksReport, sender: 'content-script' },
  'page/personalization': { schema: PersonalizationReport, sender: 'content-script' },
  'ui/flush': { schema: FlushRequest, sender: 'extension-page' },
  'ui/popup-view': { schema: PopupViewRequest, sender: 'extension-page' },
  'ui/watchlist-add': { schema: WatchlistAdd, sender: 'extension-page' },
  'ui/watchlist-remove': { schema: WatchlistRemove, sender: 'extension-page' },
  'ui/watchlist-clear': { schema: WatchlistClear, sender: 'extension-page' },
  'ui/settings-get': { schema: SettingsGet, sender: 'extension-page' },
  'ui/compare-anonymous': { schema: CompareAnonymous, sender: 'extension-page' },
  'ui/settings-update': { schema: SettingsUpdate, sender: 'extension-page' },
  'ui/gpc-status': { schema: GpcStatusRequest, sender: 'extension-page' },
  'ui/delete': { schema: DeleteRequest, sender: 'extension-page' },
  'ui/import-begin': { schema: ImportBegin, sender: 'extension-page' },
  'ui/import-chunk': { schema: ImportChunk, sender: 'extension-page' },
  'ui/import-commit': { schema: ImportCommit, sender: 'extension-page' },
} as const satisfies Record<string, { schema: v.GenericSchema; sender: SenderKind }>;

export type MessageType = keyof typeof MESSAGE_SCHEMAS;
export type Message = {
  [K in MessageType]: v.InferOutput<(typeof MESSAGE_SCHEMAS)[K]['schema']>;
}[MessageType];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_SCHEMAS, type);
}

/** Responses are plain JSON; a rejected message gets `{ ok: false, error }`. */
export type Response = { ok: true; [key: string]: unknown } | { ok: false; error: string; detail?: string };
