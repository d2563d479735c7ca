/**
 * Canvas fingerprinting (signals.md §3.2): a script draws text on a canvas and reads the pixels
 * back, because the same text renders slightly differently on every machine. The criteria are
 * Englehardt & Narayanan's: text with ≥10 distinct characters or in ≥2 colours, on a canvas (or
 * read region) of at least 16×16 px, read back by toDataURL, toBlob or getImageData, by a page that
 * never calls save/restore or addEventListener on that canvas. Charts and image editors layer
 * their drawing with save/restore and listen for the pointer; emoji-support probes draw one or
 * two characters in one colour and read a pixel or two.
 *
 * The MAIN-world hooks keep one state per canvas and feed it plain events. Pages run in the same
 * world and may replace built-ins after start, so this module captures what it uses at load time
 * and keeps its tallies in prototype-less objects.
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

export type CanvasEvent =
  | { kind: 'text'; text: string }
  /** A fillStyle/strokeStyle value; gradients and patterns arrive as one placeholder colour. */
  | { kind: 'colour'; colour: string }
  | { kind: 'guard' }
  /** Pixels read back: the whole canvas (toDataURL, toBlob) or a getImageData region. */
  | { kind: 'read'; width: number; height: number };

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

/** Feeds one event; true exactly once per canvas, on the read that completes the pattern. */
export function observeCanvas(state: CanvasState, event: CanvasEvent): boolean {
  try {
    if (state.fired) return false;
    switch (event.kind) {
      case 'text':
        noteText(state, event.text);
        return false;
      case 'colour':
        if (state.colourCount < MIN_COLOURS && state.colours[event.colour] !== true) {
          state.colours[event.colour] = true;
          state.colourCount += 1;
        }
        return false;
      case 'guard':
        state.guarded = true;
        return false;
      case 'read':
        state.fired = isFingerprintRead(state, event.width, event.height);
        return state.fired;
    }
  } catch {
    return false;
  }
}

function noteText(state: CanvasState, text: string): void {
  if (text.length === 0) return;
  state.textDrawn = true;
  // Counting stops at the threshold: hot drawing loops (games, charts) pay almost nothing.
  for (let i = 0; i < text.length && state.characterCount < MIN_DISTINCT_CHARACTERS; i += 1) {
    const character = text[i]!;
    if (state.characters[character] !== true) {
      state.characters[character] = true;
      state.characterCount += 1;
    }
  }
}

function isFingerprintRead(state: CanvasState, width: number, height: number): boolean {
  if (state.guarded || !state.textDrawn) return false;
  if (!(width >= MIN_CANVAS_SIDE && height >= MIN_CANVAS_SIDE)) return false;
  return state.characterCount >= MIN_DISTINCT_CHARACTERS || state.colourCount >= MIN_COLOURS;
}
