/**
 * What the popup says about Global Privacy Control on the current site: whether the extension
 * sends the signal there (the settings decide), and what the site itself declares.
 */
import { gpcAppliesTo, type Settings } from '../settings/settings';
import type { GpcDeclaration } from './well-known';

/** `sent`: GPC goes to this site; `exception`: the user excepted it; `off`: GPC is turned off. */
export type GpcSending = 'sent' | 'exception' | 'off';

export function gpcSendingTo(settings: Settings, site: string): GpcSending {
  if (!settings.gpc) return 'off';
  return gpcAppliesTo(settings, site) ? 'sent' : 'exception';
}

/** The answer to the popup's 'ui/gpc-status'. */
export interface GpcStatus {
  site: string;
  sending: GpcSending;
  declaration: GpcDeclaration;
  /** When the site's gpc.json was fetched (this time or up to a week earlier). */
  checkedAt: number;
}
