/**
 * The gatekeeper for runtime messages: decides, without touching browser APIs, whether a
 * message is admitted. It must be a known type, match its schema exactly, come from the kind
 * of sender that type allows, and (for web pages) stay within the tab's rate budget.
 */
import * as v from 'valibot';
import { isMessageType, MESSAGE_SCHEMAS, type Message, type SenderKind } from './messages';
import type { RateLimiter } from './rate-limiter';

/** The parts of a runtime.MessageSender the gate looks at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface GateContext {
  extensionId: string;
  /** e.g. "chrome-extension://<id>/" */
  extensionBaseUrl: string;
  rateLimiter: RateLimiter;
  now: number;
}

export type Admission =
  | {
      admitted: true;
      message: Message;
      senderKind: 'content-script';
      tabId: number;
      frameId: number;
      url: string;
    }
  | { admitted: true; message: Message; senderKind: 'extension-page' }
  | { admitted: false; reason: string };

export function admitMessage(raw: unknown, sender: SenderInfo, context: GateContext): Admission {
  if (sender.id !== context.extensionId) return { admitted: false, reason: 'foreign sender' };
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (!isMessageType(type)) return { admitted: false, reason: 'unknown message type' };
  const { schema, sender: allowed } = MESSAGE_SCHEMAS[type];

  const kind = senderKind(sender, context);
  if (kind !== allowed)
    return { admitted: false, reason: `${type} is not accepted from ${kind ?? 'this sender'}` };
  if (kind === 'content-script') {
    const tabId = sender.tab!.id!;
    if (!context.rateLimiter.take(tabId, context.now)) return { admitted: false, reason: 'rate limit' };
  }

  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) return { admitted: false, reason: `malformed ${type}` };
  const message: Message = parsed.output;
  if (kind === 'content-script') {
    return {
      admitted: true,
      message,
      senderKind: kind,
      tabId: sender.tab!.id!,
      frameId: sender.frameId ?? 0,
      url: sender.url!,
    };
  }
  return { admitted: true, message, senderKind: 'extension-page' };
}

function senderKind(sender: SenderInfo, context: GateContext): SenderKind | undefined {
  if (sender.url?.startsWith(context.extensionBaseUrl)) return 'extension-page';
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && /^https?:/.test(sender.url ?? '')) return 'content-script';
  return undefined;
}
