/**
 * Widget titles (signals.md §4.1, §4.2, §4.5): classifies heading-like elements — h1–h6,
 * [role=heading], aria-labels, title classes, titles in recommendation containers — as a
 * PERSONAL list (recommendations for you or from your history, recently viewed, buy again)
 * or as item-based, popularity or sponsored widgets, which never count. A bare "Recommended"
 * is not personal. A link or button counts only when its whole label is the phrase (a menu
 * entry "Recently viewed" means the shop keeps that list), never for plain account links.
 */
import type { Candidate } from './candidates';
import { describeElement, findPhrase } from './page-text';
import {
  finding,
  type Confidence,
  type PageDetector,
  type PhraseSet,
  type WidgetClass,
} from './personalization-signals';

/**
 * Personal classes first ("customers who bought items in your browsing history" is personal),
 * recommendations before lists ("inspired by your browsing history" recommends).
 */
const ORDER: readonly WidgetClass[] = [
  'personal-recommendations',
  'recently-viewed',
  'buy-again',
  'item-based',
  'popularity',
  'sponsored',
];

const MAX_HEADING = 100;
/** A label may carry a little more than the phrase (a count, an arrow). */
const LABEL_SLACK = 6;

export interface WidgetClassification {
  widget: WidgetClass;
  phrase: string;
}

const everyWidgetPhrase = new WeakMap<PhraseSet, readonly string[]>();

/** All of a set's widget phrases as one list, so one expression (findPhrase) tests them all. */
function widgetPhrasesOf(set: PhraseSet): readonly string[] {
  let phrases = everyWidgetPhrase.get(set);
  if (!phrases) {
    phrases = ORDER.flatMap((widget) => set.widgets[widget]);
    everyWidgetPhrase.set(set, phrases);
  }
  return phrases;
}

/** The class of a widget title in normalised text, or undefined when it names none. */
export function classifyWidgetTitle(
  norm: string,
  sets: readonly PhraseSet[],
): WidgetClassification | undefined {
  // Most titles name no widget at all: one test of every phrase rules them out, instead of one
  // per class and language; the class order below matters only for the few that do.
  if (!sets.some((set) => findPhrase(norm, widgetPhrasesOf(set)) !== undefined)) return undefined;
  for (const widget of ORDER) {
    for (const set of sets) {
      const phrase = findPhrase(norm, set.widgets[widget]);
      if (phrase) return { widget, phrase };
    }
  }
  return undefined;
}

function confidenceOf(candidate: Candidate): Confidence | undefined {
  if (candidate.heading) return candidate.reco ? 'high' : 'medium';
  if (candidate.label) return 'low';
  return candidate.reco ? 'medium' : undefined;
}

export const widgetHeadings: PageDetector = {
  id: 'widget-headings',
  detect(candidate, { sets }) {
    const confidence = confidenceOf(candidate);
    if (!confidence || candidate.norm.length > MAX_HEADING) return undefined;
    const found = classifyWidgetTitle(candidate.norm, sets);
    if (!found) return undefined;
    const { widget, phrase } = found;
    if (widget === 'item-based' || widget === 'popularity' || widget === 'sponsored') return undefined;
    if (!candidate.heading) {
      const bare = candidate.norm.replace(/[\s:>»›.…!]+$/u, '');
      if (bare.length > phrase.length + LABEL_SLACK) return undefined;
      if (sets.some((set) => set.accountLinks.includes(bare))) return undefined;
    }
    return finding(widget, candidate.text, describeElement(candidate.el), confidence);
  },
};
