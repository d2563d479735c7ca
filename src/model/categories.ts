/**
 * Tracker categories of the tracker database (its 11 keys), in the order the UI lists them.
 * The names shown to users come from the locale files (category_<key>).
 */
export const TRACKER_CATEGORIES = [
  'advertising',
  'site_analytics',
  'social_media',
  'customer_interaction',
  'consent',
  'audio_video_player',
  'hosting',
  'utilities',
  'extensions',
  'pornvertising',
  'misc',
] as const;

export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

export function isTrackerCategory(value: string): value is TrackerCategory {
  return (TRACKER_CATEGORIES as readonly string[]).includes(value);
}

/** The category a company is shown under: the one most of its requests fell into. */
export function primaryCategory(categories: Record<string, number>): TrackerCategory {
  let best: TrackerCategory = 'misc';
  let bestCount = -1;
  for (const [category, count] of Object.entries(categories)) {
    if (count > bestCount && isTrackerCategory(category)) {
      best = category;
      bestCount = count;
    }
  }
  return best;
}
