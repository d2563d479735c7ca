/** Anonymised research reports: the builder, its schema and vocabulary, the allowlist, noise. */
export * from './allowlist';
export * from './answer-memo';
export * from './buckets';
export * from './build-report';
export * from './crypto-random';
export * from './iso-week';
export * from './randomized-response';
export * from './schema';
export * from './uuid';
export * from './versions';
export * from './vocabulary';
