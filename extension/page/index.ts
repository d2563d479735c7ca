/**
 * MAIN-world script, injected at document_start in every frame before page scripts run.
 * It captures the built-ins it needs first (a page may replace them later), opens the secret
 * channel to the ISOLATED content script, and reports only codes: which tracking tags the page
 * installed, and which page-API heuristics fired for which script (hooks/). Identical for every
 * user: no per-user configuration enters the page.
 */
/* eslint-disable @typescript-eslint/unbound-method -- built-ins are captured unbound on purpose, before page code can replace them, and always called through Reflect.apply */
import { detectTagGlobals } from '../../src/detectors/api/tag-globals';
import {
  BRIDGE_ACK,
  HANDSHAKE_FROM_CONTENT,
  HANDSHAKE_FROM_PAGE,
  channelEventNames,
  makeSecret,
} from '../../src/protocol/bridge-channel';
import { adoptedByParent, installRealm } from './hooks/install';
import { ownValue } from './hooks/natives';
import { startReporter } from './hooks/reporter';

const win = window;
const apply = Reflect.apply;
const dispatch = EventTarget.prototype.dispatchEvent;
const listen = EventTarget.prototype.addEventListener;
const unlisten = EventTarget.prototype.removeEventListener;
const CustomEventCtor = CustomEvent;
const stringify = JSON.stringify;
const later = setTimeout;

// Made now, before any page script runs, so a page's replacement of crypto cannot influence it.
const secret = makeSecret((array) => crypto.getRandomValues(array));
const channel = channelEventNames(secret);
let acknowledged = false;

function send(name: string, detail?: string): void {
  apply(dispatch, win, [new CustomEventCtor(name, detail === undefined ? undefined : { detail })]);
}

function onAck(event: Event): void {
  if ((event as CustomEvent<unknown>).detail !== BRIDGE_ACK) return;
  acknowledged = true;
  apply(unlisten, win, [HANDSHAKE_FROM_CONTENT, onContentReady]);
  apply(unlisten, win, [channel.toPage, onAck]);
}

function onContentReady(): void {
  if (!acknowledged) send(HANDSHAKE_FROM_PAGE, secret);
}

apply(listen, win, [channel.toPage, onAck]);
apply(listen, win, [HANDSHAKE_FROM_CONTENT, onContentReady]);
send(HANDSHAKE_FROM_PAGE, secret);

// Page-API hooks. A same-origin child frame is hooked by its parent's instance, which reports
// for it; otherwise this instance hooks its own realm and reports once the channel is open.
if (!adoptedByParent(win)) {
  startReporter((json) => {
    if (!acknowledged) return false;
    send(channel.toContent, json);
    return true;
  });
  installRealm(win);
}

// Tags are a property of the retailer's page, so only the top frame reports them. Snippets run
// early and loaders arrive asynchronously: look when the document is parsed, at load, a little
// later for late loaders, and when the page is left (people often move on within a second).
if (win.top === win) {
  const reported = new Set<string>();
  const report = (): void => {
    const fresh = detectTagGlobals(win, ownValue).filter((tag) => !reported.has(tag));
    if (fresh.length === 0 || !acknowledged) return;
    // Written out from strings: stringify of objects and arrays would run a toJSON the page may
    // have added to Object.prototype or Array.prototype, turning this report into another message.
    let tags = '';
    for (const tag of fresh) {
      reported.add(tag);
      if (typeof tag === 'string') tags += `${tags === '' ? '' : ','}${stringify(tag)}`;
    }
    send(channel.toContent, `{"t":"tag-globals","tags":[${tags}]}`);
  };
  const afterLoad = (): void => {
    report();
    later(report, 2000);
  };
  if (document.readyState === 'complete') afterLoad();
  else {
    apply(listen, win, ['DOMContentLoaded', report, { once: true }]);
    apply(listen, win, ['load', afterLoad, { once: true }]);
  }
  apply(listen, win, ['pagehide', report]);
}
