/**
 * Validation of the opt-out data file: takes the parsed JSON, returns typed data or an error
 * that says where the file is wrong. Pure; the extension fetches the file, tests read it from disk.
 */
import * as v from 'valibot';
import { OptOutDataSchema, type OptOutData } from './schema';

export type OptOutDataResult = { ok: true; data: OptOutData } | { ok: false; error: string };

export function parseOptOutData(json: unknown): OptOutDataResult {
  const result = v.safeParse(OptOutDataSchema, json);
  if (!result.success) {
    const error = result.issues
      .slice(0, 5)
      .map((issue) => `${issuePath(issue.path)}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `opt-out data: ${error}` };
  }
  const data = result.output;
  // Every entry cites a source the file declares, so each URL can be traced to its support.
  const declared = Object.keys(data.sources);
  const pages = [
    ...Object.entries(data.companies).flatMap(([key, company]) =>
      company.pages.map((page, index) => ({ where: `companies.${key}.pages.${index}`, page })),
    ),
    ...data.industry.map((page, index) => ({ where: `industry.${index}`, page })),
  ];
  const uncited = pages.find(({ page }) => !declared.some((name) => page.source.startsWith(name)));
  if (uncited) return { ok: false, error: `opt-out data: ${uncited.where}.source: cites no declared source` };
  return { ok: true, data };
}

function issuePath(path: readonly { key: unknown }[] | undefined): string {
  return path?.map((item) => String(item.key)).join('.') || '(file)';
}
