/** Export of the stored profile (docs/export-format.md): JSON, CSV and the printable report. */
export * from './export-document';
export * from './json-writer';
export * from './csv';
export * from './html-report';
