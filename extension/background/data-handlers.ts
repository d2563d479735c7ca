/**
 * The dashboard's "Your data" writes: delete a shop, a company or everything (with the research
 * report's kept answers and the gpc.json checks of the deleted shops), and import an
 * export file (restore or merge). Pending sightings are written first, so a deletion also takes
 * what was queued a moment ago. An import arrives in chunks (src/import/import-chunks.ts) and is
 * checked whole before anything changes; each write is one transaction (src/store).
 */
import { ImportChunks } from '../../src/import';
import type { MessageOf, Response } from '../../src/protocol';
import { deleteEvidence, importExportFile, shopsDeletedBy, type GlassDatabase } from '../../src/store';
import { forgetReportAnswers } from '../storage/report-answers';
import { forgetGpcChecks } from './gpc-status';
import type { Recorder } from './recorder';

interface Context {
  database: Promise<GlassDatabase>;
  recorder: Recorder;
  /** The shops whose stored profile changed or went, e.g. to refresh their tabs' badges. */
  onChanged: (retailers: readonly string[]) => void;
}

export function createDataHandlers({ database, recorder, onChanged }: Context) {
  const chunks = new ImportChunks();
  return {
    'ui/delete': async (message: MessageOf<'ui/delete'>): Promise<Response> => {
      await recorder.flush();
      const result = await deleteEvidence(await database, message.scope);
      // Right after the deletion, with no wait in between: no page may be shown what was deleted.
      recorder.forgetOrganizations();
      onChanged(result.retailers);
      // The research report's kept answers and the gpc.json checks name the shop: they go with its evidence.
      const shops = shopsDeletedBy(message.scope);
      await Promise.all([forgetReportAnswers(shops), forgetGpcChecks(shops)]);
      return { ok: true, deleted: result.observations, retailers: result.retailers.length };
    },
    'ui/import-begin': (message: MessageOf<'ui/import-begin'>): Promise<Response> =>
      Promise.resolve(chunks.begin(message.importId, message.chars, Date.now())),
    'ui/import-chunk': (message: MessageOf<'ui/import-chunk'>): Promise<Response> =>
      Promise.resolve(chunks.add(message.importId, message.index, message.text, Date.now())),
    'ui/import-commit': async (message: MessageOf<'ui/import-commit'>): Promise<Response> => {
      const file = chunks.finish(message.importId, Date.now());
      if (!file.ok) return file;
      await recorder.flush();
      const result = await importExportFile(await database, file.text, message.mode);
      if (!result.ok) return { ok: false, error: result.code, detail: result.detail };
      recorder.forgetOrganizations();
      onChanged([]);
      return { ok: true, imported: result.observations, retailers: result.retailers };
    },
  };
}
