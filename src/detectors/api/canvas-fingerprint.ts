/**
 * Canvas fingerprinting (signals.md §3.2): a script draws text on a canvas and reads the pixels
 * back, because the same text renders slightly differently on every machine. The criteria are
 * Englehardt & Narayanan's: text with ≥10 distinct characters or in ≥2 colours, on a canvas (or
 * read region) of at least 16×16 px, read back by toDataURL, toBlob or getImageData, by a page that
 * never calls save/restore or addEventListener on that canvas. Charts and image editors layer
 * their drawing with save/restore and listen for the pointer; emoji-support probes draw one or
 * two characters in one colour and read a pixel or two.
 *
 * The MAIN-world hooks keep one state per canvas and report what happens to it. Pages run in the
 * same world and may replace built-ins later, so tallies live in prototype-less objects and
 * nothing here calls a built-in method at run time.
 */
const create = Object.create as <T>(proto: null) => T;

export const MIN_CANVAS_SIDE = 16;
export const MIN_DISTINCT_CHARACTERS = 10;
export const MIN_COLOURS = 2;

export interface CanvasState {
  characters: Record<string, true>;
  characterCount: number;
  colours: Record<string, true>;
  colourCount: number;
  textDrawn: boolean;
  /** save/restore or a listener on the canvas: it is drawn in layers or interactive. */
  guarded: boolean;
  fired: boolean;
}

export function createCanvasState(): CanvasState {
  return {
    characters: create(null),
    characterCount: 0,
    colours: create(null),
    colourCount: 0,
    textDrawn: false,
    guarded: false,
    fired: false,
  };
}

/** fillText/strokeText. Counting stops at the threshold, so drawing loops pay almost nothing. */
export function canvasText(state: CanvasState, text: string): void {
  if (text.length > 0) state.textDrawn = true;
  for (let i = 0; i < text.length && state.characterCount < MIN_DISTINCT_CHARACTERS; i += 1) {
    if (state.characters[text[i]!] !== true) {
      state.characters[text[i]!] = true;
      state.characterCount += 1;
    }
  }
}

/** A fillStyle/strokeStyle value; gradients and patterns arrive as one placeholder colour. */
export function canvasColour(state: CanvasState, colour: string): void {
  if (state.colourCount < MIN_COLOURS && state.colours[colour] !== true) {
    state.colours[colour] = true;
    state.colourCount += 1;
  }
}

/** save, restore or addEventListener on the canvas. */
export function canvasGuard(state: CanvasState): void {
  state.guarded = true;
}

/**
 * Pixels read back: the whole canvas (toDataURL, toBlob) or a getImageData region. True exactly
 * once per canvas, on the read that completes the pattern.
 */
export function canvasRead(state: CanvasState, width: number, height: number): boolean {
  if (state.fired || state.guarded || !state.textDrawn) return false;
  if (!(width >= MIN_CANVAS_SIDE && height >= MIN_CANVAS_SIDE)) return false;
  state.fired = state.characterCount >= MIN_DISTINCT_CHARACTERS || state.colourCount >= MIN_COLOURS;
  return state.fired;
}
