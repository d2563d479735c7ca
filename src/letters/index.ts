/** Access-request letters: the pure generator, its input, plain-text cleaning and mailto building. */
export * from './access-request';
export * from './letter-input';
export * from './mailto';
export * from './plain-text';
