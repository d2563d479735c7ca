/**
 * Validation of research reports against the published JSON Schema (docs/report.schema.json,
 * draft 2020-12) with ajv: the same contract the extension's builder is tested against.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../docs/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/**
 * Errors of one report, each naming where in it (`/shops/amazon.de/counts/page_views: must be
 * equal to one of the allowed values`); empty when it is valid. At most five, so a wrong file
 * does not flood the terminal.
 * @param {unknown} value
 * @returns {string[]}
 */
export function reportErrors(value) {
  if (validate(value)) return [];
  const errors = (validate.errors ?? []).map((error) => {
    const where = error.instancePath || '(report)';
    const extra =
      error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
    return `${where}: ${error.message ?? error.keyword}${extra}`;
  });
  return [...new Set(errors)].slice(0, 5);
}
