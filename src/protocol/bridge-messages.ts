/**
 * Messages on the MAIN → ISOLATED channel (see bridge-channel.ts): the allowlist of shapes
 * the ISOLATED side accepts from the page world, which it must treat as hostile.
 */
import * as v from 'valibot';
import { TAG_IDS } from '../detectors/api/tag-globals';
import { ApiSignalList } from './field-schemas';

const BridgeMessageSchema = v.variant('t', [
  v.strictObject({
    t: v.literal('tag-globals'),
    tags: v.pipe(v.array(v.picklist(TAG_IDS)), v.maxLength(TAG_IDS.length)),
  }),
  v.strictObject({ t: v.literal('api-signals'), signals: ApiSignalList }),
]);

export type BridgeMessage = v.InferOutput<typeof BridgeMessageSchema>;

/** Bridge messages are small; anything longer is dropped before parsing. */
export const MAX_BRIDGE_MESSAGE_LENGTH = 16 * 1024;

/** Parse a message string from the MAIN world; undefined for anything not on the allowlist. */
export function parseBridgeMessage(detail: unknown): BridgeMessage | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_MESSAGE_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(BridgeMessageSchema, value);
  return parsed.success ? parsed.output : undefined;
}
