/**
 * One pass over the elements that can carry a personalisation signal (signals.md §4.1):
 * headings, `[role=heading]`, `[aria-label]`, title-like classes, links and buttons, account,
 * location and payment areas, and known ids (§4.4). A single querySelectorAll, capped; each
 * element's text is normalised once and tagged with the roles the detectors look at.
 */
import { cleanText, normalizeText } from './page-text';

export interface Candidate {
  el: Element;
  /** Display text (case kept) and matching text (normalised). */
  text: string;
  norm: string;
  /** h1–h6, role=heading, title/heading class, or an aria-label of a container. */
  heading: boolean;
  /** A link, button or menu item: its whole label is the text. */
  label: boolean;
  /** In an account / greeting / login area. */
  account: boolean;
  /** A delivery-location, store or address area. */
  location: boolean;
  /** In a recommendation container (carousel, p13n, #rhf …): a widget title for sure. */
  reco: boolean;
  /**
   * In a footer (or script, template, noscript), or data rather than words: not
   * personalisation, but a link there may be one of the shop's privacy links. Only links and
   * buttons are yielded hidden.
   */
  hidden: boolean;
}

export const CANDIDATE_SELECTOR = [
  'h1,h2,h3,h4,h5,h6,[role=heading],[aria-label],a,button,[role=button],[role=menuitem]',
  '[class*=title],[class*=Title],[class*=heading],[class*=Heading],[class*=headline]',
  '[id*=account],[id*=Account],[id*=login],[class*=login],[id*=greet],[class*=greet],[class*=welcome]',
  '[class*=nick],[class*=user-name],[class*=username],[class*=customer-name]',
  '[id*=deliver],[class*=deliver],[id*=location],[class*=location],[id*=glow-ingress],[id*=mycity]',
  '[class*=store],[id*=payment],[class*=payment],[class*=p13n]',
].join(',');

/** Candidates examined (passed on or turned away by the gate) between two pauses of a sliced scan. */
export const SCAN_SLICE = 25;

const MAX_TEXT = 160;
/** Elements whose text is not shown (tag names as the DOM gives them for HTML). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const ACCOUNT = /account|login|greet|welcome|profile|nick|user-?name|customer-name|member/iu;
const LOCATION = /deliver|location|glow-ingress|mycity|store|address|ship-?to/iu;
const RECO =
  /carousel|shoveler|slider|reco|recommend|p13n|sims|viewed|history|foryou|for-you|personal|^rhf/iu;
/** Content that is not the shop talking to this customer, or not shown at all. */
const OUT_OF_VIEW = 'footer,[role=contentinfo],script,style,template,noscript';

function idClass(el: Element): string {
  return `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
}

/** What one element says about the elements inside it. */
interface OwnRoles {
  /** Its id and class, read once. */
  names: string;
  account: boolean;
  reco: boolean;
}

/**
 * Each element's own roles, read once per scan: candidates share most of their ancestors, and
 * reading attributes is the costly part of walking up (in a content script every element read
 * goes through the isolated world's wrappers).
 */
type RoleMemo = Map<Element, OwnRoles>;

function ownRoles(el: Element, memo: RoleMemo): OwnRoles {
  let roles = memo.get(el);
  if (!roles) {
    const names = idClass(el);
    roles = {
      names,
      account: ACCOUNT.test(names),
      reco: RECO.test(names),
    };
    memo.set(el, roles);
  }
  return roles;
}

/**
 * The roles of the element and its four nearest ancestors, and whether it sits in a footer,
 * script, template or noscript (one native closest() instead of reading every ancestor).
 */
function context(el: Element, memo: RoleMemo): { account: boolean; reco: boolean; hidden: boolean } {
  let account = false;
  let reco = false;
  let up: Element | null = el;
  for (let depth = 0; up && depth < 5; depth++, up = up.parentElement) {
    const roles = ownRoles(up, memo);
    account ||= roles.account;
    reco ||= roles.reco;
  }
  return { account, reco, hidden: el.closest(OUT_OF_VIEW) !== null };
}

/**
 * The element's text outside script, style, template and noscript, with a space where an
 * element starts or ends (block boundaries render as breaks) but not between adjacent text
 * nodes, which render as one word ("$<!-- -->49", or a parser that splits text at entities);
 * undefined as soon as it grows past `max` characters, so big containers cost little.
 */
export function visibleText(el: Element, max = MAX_TEXT): string | undefined {
  if (el.firstElementChild === null) {
    // Only text (and comments) inside: that is textContent, read in one call instead of a walk.
    const only = (el.textContent ?? '').replace(/\s+/gu, ' ');
    return only.length > max * 2 ? undefined : only;
  }
  let text = '';
  let boundary = false;
  // null marks the end of an element's children.
  const stack: (Node | null)[] = [];
  for (let n = el.lastChild; n; n = n.previousSibling) stack.push(n);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      boundary = true;
    } else if (node.nodeType === 3) {
      const data = (node.nodeValue ?? '').replace(/\s+/gu, ' ');
      if (data !== ' ' && data) {
        text += !boundary || text.endsWith(' ') || data.startsWith(' ') || !text ? data : ` ${data}`;
        boundary = false;
      }
      if (text.length > max * 2) return undefined;
    } else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName)) {
      boundary = true;
      stack.push(null);
      for (let n = node.lastChild; n; n = n.previousSibling) stack.push(n);
    }
  }
  return text;
}

/** Display text worth reading, or undefined for empty or overlong text. */
function usableText(raw: string): string | undefined {
  if (raw.length === 0 || raw === ' ') return undefined;
  const text = cleanText(raw);
  return !text || text.length > MAX_TEXT ? undefined : text;
}

/** Data rather than words (`{"title":…}`): never personalisation, though a link may still say it. */
function looksLikeData(text: string): boolean {
  return text.startsWith('{') || text.startsWith('[');
}

function make(
  el: Element,
  text: string,
  norm: string,
  heading: boolean,
  label: boolean,
  ctx: ReturnType<typeof context>,
  names: string,
): Candidate {
  return {
    el,
    text,
    norm,
    heading,
    label,
    account: ctx.account,
    location: LOCATION.test(names),
    reco: ctx.reco,
    hidden: ctx.hidden || looksLikeData(text),
  };
}

/** Candidates in view, in document order, from at most `cap` elements. Never throws. */
export function collectCandidates(root: ParentNode, cap = 2000): Candidate[] {
  return [...candidatesOf(root, cap)].filter(
    (candidate): candidate is Candidate => candidate !== undefined && !candidate.hidden,
  );
}

/** Which candidates candidatesOf passes on. */
export interface CandidateFilter {
  /**
   * Candidates whose text this turns away are skipped before their ancestors are read
   * (signal-gate.ts), except the first `ungated` ones passed on.
   */
  admits?: (text: string, norm: string) => boolean;
  ungated?: number;
}

/**
 * The candidates one at a time, so that a caller can spread the work over idle periods (the
 * text and ancestor reads are the costly part; the one querySelectorAll is not), and hidden
 * links and buttons too, flagged, for the privacy links. An element the filter turned away
 * yields undefined: reading its text was work too, and a caller pausing every so many steps
 * must count it. Returns true when the cap cut the list.
 */
export function* candidatesOf(
  root: ParentNode,
  cap = 2000,
  filter: CandidateFilter = {},
): Generator<Candidate | undefined, boolean, undefined> {
  let elements: ArrayLike<Element>;
  try {
    elements = root.querySelectorAll(CANDIDATE_SELECTOR);
  } catch {
    return false;
  }
  const n = Math.min(elements.length, cap);
  const memo: RoleMemo = new Map();
  const { admits, ungated = 0 } = filter;
  let passed = 0;
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    // Text first: most candidates (image links, big containers) have none worth matching, and
    // then their ancestors need not be read.
    const text = usableText(visibleText(el) ?? '');
    const aria = el.getAttribute('aria-label');
    const ariaText = aria ? usableText(aria) : undefined;
    if (text === undefined && ariaText === undefined) continue;
    const norm = text === undefined ? undefined : normalizeText(text);
    const ariaNorm = ariaText === undefined ? undefined : normalizeText(ariaText);
    if (
      admits &&
      passed >= ungated &&
      !(text !== undefined && admits(text, norm!)) &&
      !(ariaText !== undefined && admits(ariaText, ariaNorm!))
    ) {
      yield undefined;
      continue;
    }
    const ctx = context(el, memo);
    const role = el.getAttribute('role');
    const isLabel = tag === 'A' || tag === 'BUTTON' || role === 'button' || role === 'menuitem';
    if (ctx.hidden && !isLabel) continue;
    const names = memo.get(el)!.names;
    const isHeading =
      /^H[1-6]$/u.test(tag) ||
      role === 'heading' ||
      /title|heading|headline/iu.test(el.getAttribute('class') ?? '');
    const visible = text === undefined ? undefined : make(el, text, norm!, isHeading, isLabel, ctx, names);
    if (visible && (isLabel || !visible.hidden)) {
      passed++;
      yield visible;
    }
    if (ariaText !== undefined) {
      const labelled = make(el, ariaText, ariaNorm!, !isLabel, isLabel, ctx, names);
      if (labelled.norm !== visible?.norm && (isLabel || !labelled.hidden)) {
        passed++;
        yield labelled;
      }
    }
  }
  return elements.length > n;
}
