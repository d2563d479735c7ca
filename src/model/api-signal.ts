/**
 * Page-API signals: what a script in the page did with browser APIs, reported from the MAIN
 * world as codes and counts only, attributed to the calling script's URL (origin + path).
 */
export const API_SIGNAL_CODES = [
  'canvas-fingerprint',
  'webgl-fingerprint',
  'audio-fingerprint',
  'font-enumeration',
  'navigator-sweep',
  'geolocation-request',
  'session-recording',
] as const;

export type ApiSignalCode = (typeof API_SIGNAL_CODES)[number];

export interface ApiSignal {
  code: ApiSignalCode;
  /** The calling script's URL as origin + path, or '' when it could not be told (inline code). */
  script: string;
  /** How many times the heuristic fired in this report period. */
  count: number;
}
