/**
 * Navigator sweep (signals.md §3.2, our own heuristic): one script reading ≥15 distinct device
 * properties from ≥3 groups (navigator, screen, time zone, devices) within one second. That is
 * how fingerprinting libraries collect their "attributes"; frameworks and analytics read the user
 * agent, the language and the screen size, a handful of properties, and at different times.
 *
 * The lists below say what the MAIN-world hooks watch. The hooks name each property
 * `<group>.<name>`; methods and window properties get names of their own (`time.timeZone` for
 * Intl.DateTimeFormat().resolvedOptions(), `screen.devicePixelRatio` …).
 */
const create = Object.create as <T>(proto: null) => T;

export const MIN_SWEEP_PROPERTIES = 15;
export const MIN_SWEEP_GROUPS = 3;
export const SWEEP_WINDOW_MS = 1000;

export type SweepGroup = 'navigator' | 'screen' | 'time' | 'devices';

/** Getters of Navigator.prototype. */
export const NAVIGATOR_PROPERTIES = [
  'userAgent',
  'appVersion',
  'platform',
  'vendor',
  'productSub',
  'language',
  'languages',
  'hardwareConcurrency',
  'deviceMemory',
  'plugins',
  'mimeTypes',
  'maxTouchPoints',
  'webdriver',
  'cookieEnabled',
  'doNotTrack',
  'pdfViewerEnabled',
  'userAgentData',
  'connection',
] as const;

/** Getters of Screen.prototype. */
export const SCREEN_PROPERTIES = [
  'width',
  'height',
  'availWidth',
  'availHeight',
  'availLeft',
  'availTop',
  'colorDepth',
  'pixelDepth',
  'orientation',
] as const;

export interface SweepState {
  lastRead: Record<string, number>;
  groupOf: Record<string, SweepGroup>;
  fired: boolean;
}

export function createSweepState(): SweepState {
  return { lastRead: create(null), groupOf: create(null), fired: false };
}

/**
 * One read of `property` (unique across groups, e.g. `navigator.userAgent`) at `at` ms by the
 * script this state belongs to. True once per script, when the sweep completes.
 */
export function sweepRead(state: SweepState, property: string, group: SweepGroup, at: number): boolean {
  if (state.fired) return false;
  // A re-read refreshes the property's time: what counts is what was read in the last second.
  state.lastRead[property] = at;
  state.groupOf[property] = group;
  const since = at - SWEEP_WINDOW_MS;
  const groups: Record<string, true> = create(null);
  let properties = 0;
  let groupCount = 0;
  for (const read in state.lastRead) {
    if (!(state.lastRead[read]! >= since)) continue;
    properties += 1;
    if (groups[state.groupOf[read]!] !== true) {
      groups[state.groupOf[read]!] = true;
      groupCount += 1;
    }
  }
  state.fired = properties >= MIN_SWEEP_PROPERTIES && groupCount >= MIN_SWEEP_GROUPS;
  return state.fired;
}
