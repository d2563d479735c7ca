/** Observations → retailer profiles (pure functions). */
export * from './merge-observation';
export * from './retailer-profile';
export * from './company-summary';
export * from './received';
export * from './keyed-facts';
