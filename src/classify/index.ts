/** First/third party (tldts) and tracker organisation (@ghostery/trackerdb). */
export * from './site';
export * from './page-context';
export * from './request';
export * from './tracker-matcher';
export * from './bounded-cache';
export * from './tag-attribution';
export * from './page-of-request';
export * from './api-signal-attribution';
export * from './request-findings';
export * from './identifier-given';
export * from './engine-inferences';
export * from './privacy-link-deltas';
export * from './personalization-deltas';
