/** Export of the stored profile (docs/export-format.md). */
export * from './export-document';
