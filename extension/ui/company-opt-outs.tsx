/**
 * In the popup: the curated opt-out pages of the companies this shop shares data with ("Google
 * My Ad Center", "Criteo user choices"), matched by whoever composed the popup's view
 * (src/profile/popup-view.ts). Only curated pages: privacy policies are already listed with
 * each company.
 */
import type { OptOutAction } from '../../src/optouts';
import { OptOutList } from './opt-out-list';

export function CompanyOptOutLinks({ actions }: { actions: readonly OptOutAction[] }) {
  if (actions.length === 0) return null;
  return <OptOutList actions={actions} testId="company-opt-out-links" />;
}
