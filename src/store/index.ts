/** The only code that touches IndexedDB. */
export * from './schema';
export * from './migrations';
export * from './open';
export * from './record';
export * from './queries';
export * from './write-queue';
export * from './watchlist';
export * from './delete';
export * from './retention';
export * from './import';
export * from './organization-directory';
