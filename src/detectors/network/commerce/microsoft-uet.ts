/**
 * Microsoft UET beacons: GET `bat.bing.com/action/0?ti=<tag>&Ver=2&evt=pageLoad|custom|…&ea=…&gv=…&gc=…`
 * (signals.md §2.4). The event is the custom action `ea` when there is one, else `evt`; the noscript
 * image (`?ti=…&Ver=2`, no `evt`) is the page load. `gv` is the revenue and `gc` its currency.
 * Enhanced conversions (`uetq.push('set', {pid: {em, ph}})`) have no verified wire name (signals.md
 * §9), so no user-data keys are read here; the identifier scan still matches their values.
 */
import { hostMatches } from './commerce-routes';
import { commerceEvent, defined, defineDecoder } from './event-builder';
import { mergedParams } from './wire-params';
import { scalarText } from './wire-values';

const ACTION_PATH = /^\/action\/\d+$/;

export const microsoftUetDecoder = defineDecoder('microsoft-uet', (request, url) => {
  if (!hostMatches(url.hostname, 'bat.bing.com') || !ACTION_PATH.test(url.pathname)) return [];
  const params = mergedParams(request, url);
  return defined([
    commerceEvent(
      'microsoft-uet',
      scalarText(params.get('ea')) ?? scalarText(params.get('evt')) ?? 'pageLoad',
      {
        accountId: params.get('ti'),
        value: params.get('gv'),
        currency: params.get('gc'),
      },
    ),
  ]);
});
