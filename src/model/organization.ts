/**
 * Organisations: companies that receive data, as described by the tracker database.
 * Stored once per organisation so profiles and exports can name them without the engine.
 */
export interface Organization {
  /** Tracker-database key, e.g. "facebook". */
  key: string;
  name: string;
  description?: string;
  websiteUrl?: string;
  country?: string;
  privacyPolicyUrl?: string;
  /** An email address or a contact-form URL. */
  privacyContact?: string;
  /** Where this record came from, for attribution (the tracker database is CC BY-NC-SA 4.0). */
  source: 'ghostery-trackerdb';
}
