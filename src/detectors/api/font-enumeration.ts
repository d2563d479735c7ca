/**
 * Font enumeration (signals.md §3.2): finding out which fonts are installed by measuring the same
 * text in many fonts and comparing the sizes with those of the generic fallbacks. Two techniques:
 *
 * - canvas: ≥50 distinct `font` values set on one 2D context and ≥50 measureText calls on the
 *   same string. Text layout code measures many strings in a handful of fonts.
 * - DOM: elements whose inline font-family names a candidate font plus a fallback, measured with
 *   offsetWidth/offsetHeight. This is what FingerprintJS v5 does (52 fonts × 3 fallbacks = 156
 *   spans in a hidden iframe). ≥50 distinct inline font-family values among elements measured
 *   within one second is the trigger; a page's own layout measures elements styled in a few
 *   families, and a font picker shows its previews without measuring each one.
 */
const create = Object.create as <T>(proto: null) => T;

export const MIN_FONTS = 50;
export const MIN_SAME_TEXT_MEASURES = 50;
export const MIN_MEASURED_FAMILIES = 50;
export const ELEMENT_WINDOW_MS = 1000;
/** Distinct strings tracked per context: enumeration measures one; layout code thousands. */
const MAX_TRACKED_TEXTS = 16;

export interface CanvasFontState {
  fonts: Record<string, true>;
  fontCount: number;
  measures: Record<string, number>;
  textCount: number;
  fired: boolean;
}

export function createCanvasFontState(): CanvasFontState {
  return { fonts: create(null), fontCount: 0, measures: create(null), textCount: 0, fired: false };
}

/** A `font` value set on the context. */
export function canvasFont(state: CanvasFontState, font: string): void {
  if (state.fontCount < MIN_FONTS && state.fonts[font] !== true) {
    state.fonts[font] = true;
    state.fontCount += 1;
  }
}

/** measureText(text) on the context: true once, when the enumeration pattern is complete. */
export function canvasMeasure(state: CanvasFontState, text: string): boolean {
  const seen = state.measures[text];
  if (state.fired || (seen === undefined && state.textCount >= MAX_TRACKED_TEXTS)) return false;
  if (seen === undefined) state.textCount += 1;
  state.measures[text] = (seen ?? 0) + 1;
  state.fired = state.fontCount >= MIN_FONTS && state.measures[text] >= MIN_SAME_TEXT_MEASURES;
  return state.fired;
}

export interface ElementFontState {
  families: Record<string, true>;
  familyCount: number;
  windowStart: number;
}

export function createElementFontState(): ElementFontState {
  return { families: create(null), familyCount: 0, windowStart: -Infinity };
}

/**
 * An element with the inline font-family `family` was measured at `at` ms. Windows start at the
 * first measurement after the previous one ended; true once per window, when the distinct
 * families in it reach the threshold (the rest of the burst is the same enumeration).
 */
export function measuredElement(state: ElementFontState, family: string, at: number): boolean {
  if (!(at - state.windowStart <= ELEMENT_WINDOW_MS)) {
    state.families = create(null);
    state.familyCount = 0;
    state.windowStart = at;
  }
  if (state.families[family] === true) return false;
  state.families[family] = true;
  state.familyCount += 1;
  return state.familyCount === MIN_MEASURED_FAMILIES;
}
