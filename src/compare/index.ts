export * from './anonymous-url';
export * from './compare-views';
export * from './offer';
export * from './price';
export * from './page-view';
export * from './page-view-message';
