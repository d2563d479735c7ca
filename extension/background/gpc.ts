/**
 * Global Privacy Control, applied: the static ruleset that sets `Sec-GPC: 1` on, or off, the
 * dynamic exception rules and the MAIN-world script that defines navigator.globalPrivacyControl
 * registered to match the settings (rules and registration built in src/gpc). The browser keeps
 * all three across restarts; every worker start and every settings change makes them match
 * the stored settings again. Changes run one at a time, in order.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import {
  CHROMIUM_RESOURCE_TYPES,
  FIREFOX_RESOURCE_TYPES,
  GPC_EXCEPTION_RULE_IDS,
  GPC_RULESET_ID,
  GPC_SCRIPT_ID,
  gpcExceptionRules,
  gpcScriptRegistration,
  sameRegistration,
  sameRules,
  type DnrRule,
  type GpcScriptRegistration,
} from '../../src/gpc';
import type { Settings } from '../../src/settings';
import { browser } from '../browser';
import gpcScriptFile from '../gpc/navigator-gpc.ts?script&iife';
import type { SettingsStore } from './settings';

type DeclarativeNetRequest = typeof browser.declarativeNetRequest;
type ApiRule = Parameters<DeclarativeNetRequest['updateDynamicRules']>[0]['addRules'] & object;

let queue: Promise<void> = Promise.resolve();

/** Apply the stored settings now and after every change. Call once, at worker start. */
export function startGpc(settings: SettingsStore): Promise<void> {
  settings.onChange((next) => applyGpc(next));
  return applyGpc(settings.get());
}

/** Make the browser's rules and script registration match `settings`; resolves when they do. */
function applyGpc(settings: Settings | Promise<Settings>): Promise<void> {
  const run = queue.then(async () => {
    const current = await settings;
    await Promise.all([applyRules(current), applyScript(current)]);
  });
  queue = run.catch((error: unknown) => console.error('Glass Customer: could not apply GPC settings', error));
  return run;
}

async function applyRules(settings: Settings): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const enabled = (await dnr.getEnabledRulesets()).includes(GPC_RULESET_ID);
  if (enabled !== settings.gpc) {
    await dnr.updateEnabledRulesets(
      settings.gpc ? { enableRulesetIds: [GPC_RULESET_ID] } : { disableRulesetIds: [GPC_RULESET_ID] },
    );
  }
  const ids: number[] = [...GPC_EXCEPTION_RULE_IDS];
  const wanted = gpcExceptionRules(settings, resourceTypes());
  const current = (await dnr.getDynamicRules()).filter((rule) => ids.includes(rule.id));
  if (sameRules(current as unknown as DnrRule[], wanted)) return;
  await dnr.updateDynamicRules({ removeRuleIds: ids, addRules: wanted as unknown as ApiRule });
}

/** Firefox names other resource types than Chromium and rejects Chromium's extra ones. */
function resourceTypes() {
  const firefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
  return firefox ? FIREFOX_RESOURCE_TYPES : CHROMIUM_RESOURCE_TYPES;
}

async function applyScript(settings: Settings): Promise<void> {
  const scripting = browser.scripting;
  const wanted = gpcScriptRegistration(settings, gpcScriptFile);
  const [current] = await scripting.getRegisteredContentScripts({ ids: [GPC_SCRIPT_ID] });
  if (sameRegistration(current, wanted)) return;
  // Unregister and register again: updateContentScripts cannot remove excludeMatches.
  if (current) await scripting.unregisterContentScripts({ ids: [GPC_SCRIPT_ID] });
  if (wanted) await register(wanted);
}

async function register(script: GpcScriptRegistration): Promise<void> {
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    // Chromium before 119 has no matchOriginAsFallback for registered scripts.
    if (!script.matchOriginAsFallback) throw error;
    const { matchOriginAsFallback: _unsupported, ...older } = script;
    await browser.scripting.registerContentScripts([older]);
  }
}
