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
 * gets its calls credited to itself. Elsewhere (Firefox) the stack string is scanned instead.
 */
import {
  apply,
  create,
  defineProperty,
  describe,
  ErrorCtor,
  getPrototypeOf,
  indexOf,
  now,
  slice,
  startsWith,
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

/** origin + path of an http(s) script URL that is not an extension's, or undefined. */
function pageScript(url: unknown): string | undefined {
  if (typeof url !== 'string' || !(startsWith(url, 'https://') || startsWith(url, 'http://'))) return undefined;
  let end = url.length;
  for (let i = 0; i < url.length; i += 1) {
    const character = url[i]!;
    if (character === '?' || character === '#') {
      end = i;
      break;
    }
    if (character <= ' ') return '';
  }
  return slice(url, 0, end > MAX_SCRIPT_URL ? MAX_SCRIPT_URL : end);
}

function fromCallSites(_error: unknown, callSites: unknown[]): string {
  for (let i = 0; i < callSites.length; i += 1) {
    const script = pageScript(apply(getFileName!, callSites[i], []));
    if (script !== undefined) return script;
  }
  return '';
}

/** Firefox: "fn@https://host/path.js:1:2" lines; extension frames use moz-extension://. */
function fromStackText(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  let from = 0;
  while (from < stack.length) {
    let end = indexOf(stack, '\n', from);
    if (end < 0) end = stack.length;
    const line = slice(stack, from, end);
    from = end + 1;
    const at = indexOf(line, 'http');
    if (at < 0 || indexOf(line, '-extension://') >= 0) continue;
    // Drop ":line:column" and a closing parenthesis.
    let stop = line.length;
    if (line[stop - 1] === ')') stop -= 1;
    for (let colons = 0; colons < 2; colons += 1) {
      let i = stop - 1;
      while (i > at && line[i] !== ':') i -= 1;
      if (i > at) stop = i;
    }
    const script = pageScript(slice(line, at, stop));
    if (script !== undefined) return script;
  }
  return '';
}

/** The calling page script's origin + path, '' for inline, eval'd or unknown code. */
export function callerScript(): string {
  if (getFileName) {
    const script = capture(fromCallSites as Prepare);
    return typeof script === 'string' ? script : '';
  }
  try {
    return fromStackText(new ErrorCtor().stack);
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
