/**
 * ISOLATED-world content script, at document_start in every frame. It completes the
 * handshake with the MAIN-world script (first secret wins), accepts only allowlisted message
 * shapes from it, and forwards them to the background, which derives the retailer from this
 * tab itself. At most a handful of messages per page load cross. It also watches the user's
 * own form entries (./forms.ts). The page scan is the top frame's own script (./top-frame.ts).
 */
// Direct imports, not the protocol barrel: its message schemas (and what they import) would
// otherwise be bundled into every frame's content script.
import {
  BRIDGE_ACK,
  HANDSHAKE_FROM_CONTENT,
  HANDSHAKE_FROM_PAGE,
  channelEventNames,
  isValidSecret,
} from '../../src/protocol/bridge-channel';
import { parseBridgeMessage } from '../../src/protocol/bridge-messages';
import { sendToWorker } from './runtime';
import { watchForms } from './forms';

const MAX_FORWARDED_PER_PAGE = 60;
let secret: string | undefined;
let forwarded = 0;

function onPageReady(event: Event): void {
  const detail = (event as CustomEvent<unknown>).detail;
  if (secret !== undefined || !isValidSecret(detail)) return;
  secret = detail;
  window.removeEventListener(HANDSHAKE_FROM_PAGE, onPageReady);
  const channel = channelEventNames(secret);
  window.addEventListener(channel.toContent, onPageMessage);
  window.dispatchEvent(new CustomEvent(channel.toPage, { detail: BRIDGE_ACK }));
}

function onPageMessage(event: Event): void {
  const message = parseBridgeMessage((event as CustomEvent<unknown>).detail);
  if (!message || forwarded >= MAX_FORWARDED_PER_PAGE) return;
  forwarded += 1;
  const runtimeMessage =
    message.t === 'tag-globals'
      ? { type: 'page/tag-globals', tags: message.tags }
      : { type: 'page/api-signals', signals: message.signals };
  sendToWorker(runtimeMessage);
}

window.addEventListener(HANDSHAKE_FROM_PAGE, onPageReady);
window.dispatchEvent(new CustomEvent(HANDSHAKE_FROM_CONTENT));

watchForms(sendToWorker);
