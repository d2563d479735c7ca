/**
 * The user's settings, kept in extension storage (storage.local, never synced) and read once
 * per worker start. Changes go through here so that listeners (the GPC rules, for one) follow.
 */
import {
  applySettingsPatch,
  settingsFromStored,
  type Settings,
  type SettingsPatch,
} from '../../src/settings';
import { browser } from '../browser';

const KEY = 'settings';

type Listener = (settings: Settings, previous: Settings) => void | Promise<void>;

export class SettingsStore {
  #current: Promise<Settings> | undefined;
  #listeners: Listener[] = [];

  get(): Promise<Settings> {
    this.#current ??= browser.storage.local.get(KEY).then((stored) => settingsFromStored(stored[KEY]));
    return this.#current;
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const previous = await this.get();
    const next = applySettingsPatch(previous, patch);
    await browser.storage.local.set({ [KEY]: next });
    this.#current = Promise.resolve(next);
    for (const listener of this.#listeners) await listener(next, previous);
    return next;
  }

  onChange(listener: Listener): void {
    this.#listeners.push(listener);
  }
}
