/**
 * Retention, applied: once a day a browser alarm wakes the worker and evidence last seen before
 * the retention cutoff is deleted (src/store/retention.ts). An alarm survives the worker being
 * stopped; browsers may drop alarms on restart, so every worker start makes sure it exists.
 * Shortening the retention in the settings prunes at once.
 */
import { pruneBefore, retentionCutoff, type GlassDatabase } from '../../src/store';
import { browser } from '../browser';
import type { Recorder } from './recorder';
import type { SettingsStore } from './settings';

export const RETENTION_ALARM = 'retention-prune';
const DAY_MINUTES = 24 * 60;

/** Call on the worker's first tick: registers the alarm listener synchronously. */
export function startRetention(
  database: Promise<GlassDatabase>,
  settings: SettingsStore,
  recorder: Recorder,
  onPruned: (retailers: readonly string[]) => void,
): void {
  const prune = async () => {
    const { retentionMonths } = await settings.get();
    await recorder.flush();
    const result = await pruneBefore(await database, retentionCutoff(Date.now(), retentionMonths));
    if (result.observations > 0) {
      recorder.forgetOrganizations();
      onPruned(result.retailers);
    }
  };
  const pruneQuietly = () =>
    prune().catch((error: unknown) => console.error('Glass Customer: pruning failed', error));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void pruneQuietly();
  });
  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm)
      void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
  settings.onChange((next, previous) => {
    if (next.retentionMonths < previous.retentionMonths) void pruneQuietly();
  });
}
