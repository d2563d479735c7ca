/**
 * Navigator-sweep hooks (src/detectors/api/navigator-sweep.ts): getters of navigator and
 * screen, devicePixelRatio, the time zone (Intl resolvedOptions, getTimezoneOffset) and the
 * device queries (high-entropy client hints, media devices, battery). These are read constantly
 * by ordinary code, so each property gets at most a few stack captures per second.
 */
import {
  createSweepState,
  NAVIGATOR_PROPERTIES,
  SCREEN_PROPERTIES,
  sweepRead,
  type SweepGroup,
  type SweepState,
} from '../../../src/detectors/api/navigator-sweep';
import { callerScript, sampled } from './caller';
import { create, now, type Realm } from './natives';
import { signal } from './reporter';
import { hook } from './wrap';

const CAPTURES_PER_SECOND = 4;
const sweeps = create(null) as Record<string, SweepState>;

function onRead(group: SweepGroup, name: string): () => void {
  const property = `${group}.${name}`;
  return () => {
    if (!sampled(property, CAPTURES_PER_SECOND)) return;
    const script = callerScript();
    const state = (sweeps[script] ??= createSweepState());
    if (sweepRead(state, property, group, now())) signal('navigator-sweep', script);
  };
}

export function installNavigator(realm: Realm): void {
  const navigator = realm.Navigator?.prototype;
  const screen = realm.Screen?.prototype;
  for (let i = 0; i < NAVIGATOR_PROPERTIES.length; i += 1) {
    hook(navigator, NAVIGATOR_PROPERTIES[i]!, onRead('navigator', NAVIGATOR_PROPERTIES[i]!), 'get');
  }
  for (let i = 0; i < SCREEN_PROPERTIES.length; i += 1) {
    hook(screen, SCREEN_PROPERTIES[i]!, onRead('screen', SCREEN_PROPERTIES[i]!), 'get');
  }
  hook(realm, 'devicePixelRatio', onRead('screen', 'devicePixelRatio'), 'get');
  hook(realm.Intl?.DateTimeFormat?.prototype, 'resolvedOptions', onRead('time', 'timeZone'));
  hook(realm.Date?.prototype, 'getTimezoneOffset', onRead('time', 'timezoneOffset'));
  const clientHints = (realm as Realm & { NavigatorUAData?: { prototype: object } }).NavigatorUAData;
  hook(clientHints?.prototype, 'getHighEntropyValues', onRead('devices', 'clientHints'));
  hook(realm.MediaDevices?.prototype, 'enumerateDevices', onRead('devices', 'mediaDevices'));
  hook(navigator, 'getBattery', onRead('devices', 'battery'));
}
