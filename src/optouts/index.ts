/** Opt-outs: the curated data file's schema and validation, and the actions offered per company, industry body and shop. */
export * from './schema';
export * from './load';
export * from './safe-url';
export * from './actions';
