/**
 * Greeting by name ("Hello, Theo", "Hallo Theo", "您好，王先生") in an account area or a
 * heading (signals.md §4.3, §4.4). Logged-out greetings ("Hello, sign in", "你好，请登录"),
 * site greetings ("您好！欢迎来到京东") and marketing headlines ("Hallo Herbstlooks!") are
 * not personal: the name part must have the shape of a given name or nickname. The evidence
 * keeps only the name's first letter.
 */
import type { Candidate } from './candidates';
import { describeElement } from './page-text';
import { finding, type PageDetector, type PhraseSet } from './personalization-signals';

const LATIN_NAME = /^\p{Lu}[\p{L}\p{N}'’.-]{0,24}(?: \p{Lu}[\p{L}'’.-]{0,24})?[!.]?$/u;
const HAN_NAME = /^[\p{Script=Han}\p{L}\p{N}_-]{1,12}[!.]?$/u;

/** True for texts like "Hello, sign in" or "你好，请登录": a greeting that shows nobody is logged in. */
export function isLoggedOutGreeting(candidate: Candidate, sets: readonly PhraseSet[]): boolean {
  if (!candidate.account || candidate.norm.length > 40) return false;
  if (!/^(?:hello|hi|hey|hallo|你好|您好)/u.test(candidate.norm)) return false;
  return sets.some((set) => set.loggedOut.some((word) => candidate.norm.includes(word)));
}

function plausibleName(name: string, set: PhraseSet): boolean {
  const bare = name.replace(/[!.]$/u, '');
  const lower = bare.toLowerCase();
  if (set.loggedOut.some((w) => lower.includes(w))) return false;
  if (set.lang === 'zh') {
    if (!HAN_NAME.test(bare)) return false;
    return !set.notNames.some((w) => lower.includes(w));
  }
  if (!LATIN_NAME.test(name)) return false;
  return !lower
    .split(' ')
    .some((token) =>
      set.notNames.some((stem) => token === stem || token.startsWith(stem) || token.endsWith(stem)),
    );
}

export const greeting: PageDetector = {
  id: 'greeting',
  detect(candidate, { sets }) {
    if (!candidate.account && !(candidate.heading && !candidate.label)) return undefined;
    if (candidate.text.length > 40) return undefined;
    for (const set of sets) {
      const text = candidate.text; // NFKC already made full-width ，！ into ,!
      const match = set.greeting.exec(text);
      const name = match?.[1];
      if (!match || !name || !plausibleName(name, set)) continue;
      const masked = `${text.slice(0, match.index + match[0].length - name.length)}${[...name][0]}•••`;
      return {
        ...finding('greeting', masked, describeElement(candidate.el), candidate.account ? 'high' : 'medium'),
        personalNames: [name.replace(/[!.]$/u, '')],
      };
    }
    return undefined;
  },
};
