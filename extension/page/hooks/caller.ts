/**
 * Which script made a call: the first frame of the current stack that is not extension code and
 * has an http(s) script URL, reduced to origin + path (query and fragment cut; '' when there is
 * none, which the background counts as the page's own code).
 *
 * In V8 the frames are read as structured call sites through a prepareStackTrace of our own,
 * installed only for the capture, using getFileName: the real script URL, not a `//# sourceURL`
 * a page can write into an inline script or eval to pose as a vendor. Eval'd code has no file
 * name, so it is credited to the script that called eval. The CallSite methods are captured at
 * start, before a page could reach their prototype. A page that locks Error.prepareStackTrace
 * gets its calls credited to itself. Elsewhere (Firefox) the first page frame of the stack
 * string is taken.
 */
import {
  apply,
  create,
  defineProperty,
  describe,
  ErrorCtor,
  getPrototypeOf,
  now,
  slice,
  type AnyFunction,
} from './natives';

const MAX_SCRIPT_URL = 1024;
/** Enough frames to get past our own (observer, wrapper) into the page's. */
const FRAMES = 24;

type Prepare = (error: unknown, sites: unknown[]) => unknown;
const errorStatics = ErrorCtor as unknown as Record<string, unknown>;

/** Runs one stack capture with our prepareStackTrace; undefined when the page locked the hooks. */
function capture(prepare: Prepare): unknown {
  const previous = describe(ErrorCtor, 'prepareStackTrace');
  const limit = describe(ErrorCtor, 'stackTraceLimit');
  if (previous && !(previous.configurable && 'value' in previous)) return undefined;
  try {
    defineProperty(ErrorCtor, 'prepareStackTrace', { value: prepare, configurable: true, writable: true });
    if (limit?.writable) errorStatics.stackTraceLimit = FRAMES;
    return new ErrorCtor().stack;
  } catch {
    return undefined;
  } finally {
    if (previous) defineProperty(ErrorCtor, 'prepareStackTrace', previous);
    else delete errorStatics.prepareStackTrace;
    if (limit?.writable) defineProperty(ErrorCtor, 'stackTraceLimit', limit);
  }
}

// Learn CallSite.prototype.getFileName now, while the prototype is untouched.
const sites = capture((_error, callSites) => callSites);
const getFileName = (
  (sites as unknown[] | undefined)?.[0] !== undefined
    ? (getPrototypeOf((sites as object[])[0]) as Record<string, unknown>).getFileName
    : undefined
) as AnyFunction | undefined;

// eslint-disable-next-line @typescript-eslint/unbound-method -- captured, called through apply
const exec = RegExp.prototype.exec;
/** origin + path: up to the query, fragment or (never in a real URL) whitespace. */
const SCRIPT_URL = /^https?:\/\/[^?#\s]+/;
/** Firefox frames: "name@https://host/path.js:1:2"; extension frames (moz-extension://) never match. */
const FIREFOX_FRAME = /@(https?:\/\/[^?#\s]+?)(?:[?#]\S*)?:\d+:\d+$/m;

/** origin + path of an http(s) script URL, or undefined for extension or other code. */
function pageScript(url: unknown): string | undefined {
  const match = typeof url === 'string' ? (apply(exec, SCRIPT_URL, [url]) as string[] | null) : null;
  return match ? slice(match[0]!, 0, MAX_SCRIPT_URL) : undefined;
}

function fromCallSites(_error: unknown, callSites: unknown[]): string {
  for (let i = 0; i < callSites.length; i += 1) {
    const script = pageScript(apply(getFileName!, callSites[i], []));
    if (script !== undefined) return script;
  }
  return '';
}

/** The calling page script's origin + path, '' for inline, eval'd or unknown code. */
export function callerScript(): string {
  if (getFileName) {
    const script = capture(fromCallSites);
    return typeof script === 'string' ? script : '';
  }
  try {
    const match = apply(exec, FIREFOX_FRAME, [new ErrorCtor().stack]) as string[] | null;
    return match ? slice(match[1]!, 0, MAX_SCRIPT_URL) : '';
  } catch {
    return '';
  }
}

const budgets = create(null) as Record<string, { start: number; used: number }>;

/**
 * Rate limit for hot hooks: at most `perSecond` stack captures per key and second. A page that
 * reads navigator.userAgent in a loop pays for a few captures, not thousands; a sweeping script
 * reads each property once and is always seen.
 */
export function sampled(key: string, perSecond: number): boolean {
  const time = now();
  const budget = (budgets[key] ??= { start: time, used: 0 });
  if (time - budget.start >= 1000) {
    budget.start = time;
    budget.used = 0;
  }
  budget.used += 1;
  return budget.used <= perSecond;
}
