export * from './page-script';
export * from './rules';
export * from './status';
export * from './well-known';
