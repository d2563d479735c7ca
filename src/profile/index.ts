/** Observations → retailer profiles (pure functions). */
export * from './merge-observation';
export * from './retailer-profile';
export * from './company-summary';
export * from './received';
export * from './keyed-facts';
export * from './event-stages';
export * from './knowledge';
export * from './dossier';
export * from './overview';
export * from './shop-summary';
export * from './popup-view';
export * from './popup-view-cache';
