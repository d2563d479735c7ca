/** Import of export files (docs/export-format.md): validation, migration of old versions, merging. */
export * from './export-schema';
export * from './parse-import';
export * from './migrate';
export * from './from-export';
export * from './merge-observations';
export * from './import-chunks';
