/**
 * The channel between the MAIN-world script (page hooks) and the ISOLATED content script.
 *
 * Both run at document_start, before any page script, in an order the browser chooses. The
 * MAIN side makes a random secret and announces it on a fixed handshake event. If the
 * ISOLATED side is already listening, it takes the secret and acknowledges at once on the
 * secret channel (dispatch is synchronous, so this completes inside the announcement). If
 * not, the ISOLATED side asks once ("content ready") when it starts, and the MAIN side
 * announces again. After the acknowledgement the MAIN side stops answering requests, and the
 * ISOLATED side only ever accepts the first secret, so a page script, which starts later,
 * can neither learn the secret nor plant its own. Messages then travel on events named
 * after the secret, as JSON strings of codes and counts; bridge-messages.ts lists the only
 * shapes admitted. This file has no imports because the MAIN-world bundle uses it.
 */

/** MAIN → ISOLATED: "here is the secret" (detail: the secret). */
export const HANDSHAKE_FROM_PAGE = 'glass-customer:page-ready';
/** ISOLATED → MAIN: "I am listening now; announce again" (no detail). */
export const HANDSHAKE_FROM_CONTENT = 'glass-customer:content-ready';

/** ISOLATED → MAIN on the secret channel: "got the secret". */
export const BRIDGE_ACK = '{"t":"ack"}';

/** Event names of the secret channel, one per direction. */
export function channelEventNames(secret: string): { toContent: string; toPage: string } {
  return { toContent: `glass-customer:${secret}:to-content`, toPage: `glass-customer:${secret}:to-page` };
}

/** A secret is 32 hex characters from crypto.getRandomValues. */
export function isValidSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}

/** `fillRandom` fills the array in place, like crypto.getRandomValues. */
export function makeSecret(fillRandom: (array: Uint8Array<ArrayBuffer>) => unknown): string {
  const bytes = new Uint8Array(16);
  fillRandom(bytes);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
