/**
 * Messages on the MAIN → ISOLATED channel (see bridge-channel.ts): the allowlist of shapes
 * the ISOLATED side accepts from the page world, which it must treat as hostile.
 */
import * as v from 'valibot';
import { TAG_IDS } from '../detectors/api/tag-globals';

const BridgeTagGlobals = v.strictObject({
  t: v.literal('tag-globals'),
  tags: v.pipe(v.array(v.picklist(TAG_IDS)), v.maxLength(TAG_IDS.length)),
});

export type BridgeMessage = v.InferOutput<typeof BridgeTagGlobals>;

/** Bridge messages are small; anything longer is dropped before parsing. */
export const MAX_BRIDGE_MESSAGE_LENGTH = 4096;

/** Parse a message string from the MAIN world; undefined for anything not on the allowlist. */
export function parseBridgeMessage(detail: unknown): BridgeMessage | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_MESSAGE_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(BridgeTagGlobals, value);
  return parsed.success ? parsed.output : undefined;
}
