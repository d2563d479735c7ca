/**
 * Font enumeration (signals.md §3.2): finding out which fonts are installed by measuring the same
 * text in many fonts and comparing the sizes with those of the generic fallbacks. Two techniques:
 *
 * - canvas: ≥50 distinct `font` values set on one 2D context and ≥50 measureText calls on the
 *   same string. Text layout code measures many strings in a handful of fonts.
 * - DOM: elements whose inline font-family names a candidate font plus a fallback, measured with
 *   offsetWidth/offsetHeight. This is what FingerprintJS v5 does (52 fonts × 3 fallbacks = 156
 *   spans in a hidden iframe). ≥50 distinct inline font-family values among measured elements
 *   within one second is the trigger; a page's own layout reads sizes of elements styled in a few
 *   families, and a font picker renders its previews without measuring each one.
 */
const create = Object.create as <T>(proto: null) => T;

export const MIN_FONTS = 50;
export const MIN_SAME_TEXT_MEASURES = 50;
export const MIN_MEASURED_FAMILIES = 50;
export const ELEMENT_WINDOW_MS = 1000;
/** Distinct strings tracked per context: enumeration measures one; layout code measures thousands. */
const MAX_TRACKED_TEXTS = 16;

export interface CanvasFontState {
  fonts: Record<string, true>;
  fontCount: number;
  measures: Record<string, number>;
  textCount: number;
  mostMeasures: number;
  fired: boolean;
}

export type CanvasFontEvent = { kind: 'font'; font: string } | { kind: 'measure'; text: string };

export function createCanvasFontState(): CanvasFontState {
  return { fonts: create(null), fontCount: 0, measures: create(null), textCount: 0, mostMeasures: 0, fired: false };
}

/** True once per 2D context, when the enumeration pattern is complete. */
export function observeCanvasFonts(state: CanvasFontState, event: CanvasFontEvent): boolean {
  try {
    if (state.fired) return false;
    if (event.kind === 'font') {
      if (state.fontCount < MIN_FONTS && state.fonts[event.font] !== true) {
        state.fonts[event.font] = true;
        state.fontCount += 1;
      }
    } else {
      const seen = state.measures[event.text];
      if (seen === undefined && state.textCount >= MAX_TRACKED_TEXTS) return false;
      if (seen === undefined) state.textCount += 1;
      const count = (seen ?? 0) + 1;
      state.measures[event.text] = count;
      if (count > state.mostMeasures) state.mostMeasures = count;
    }
    state.fired = state.fontCount >= MIN_FONTS && state.mostMeasures >= MIN_SAME_TEXT_MEASURES;
    return state.fired;
  } catch {
    return false;
  }
}

export interface ElementFontState {
  families: Record<string, true>;
  familyCount: number;
  windowStart: number;
}

/** One element with a non-empty inline font-family measured at time `at` (ms). */
export interface ElementFontEvent {
  family: string;
  at: number;
}

export function createElementFontState(): ElementFontState {
  return { families: create(null), familyCount: 0, windowStart: 0 };
}

/** True when the measured families reach the threshold within the window; then starts afresh. */
export function observeElementFonts(state: ElementFontState, event: ElementFontEvent): boolean {
  try {
    if (event.at - state.windowStart > ELEMENT_WINDOW_MS) reset(state, event.at);
    if (state.families[event.family] === true) return false;
    state.families[event.family] = true;
    state.familyCount += 1;
    if (state.familyCount < MIN_MEASURED_FAMILIES) return false;
    reset(state, event.at);
    return true;
  } catch {
    return false;
  }
}

function reset(state: ElementFontState, at: number): void {
  state.families = create(null);
  state.familyCount = 0;
  state.windowStart = at;
}
