/**
 * Settings: the watchlist of the user's own identifiers and the opt-in comparison.
 */
import { ComparisonSetting } from './comparison-setting';
import { PrivacySettings } from './privacy-settings';
import { WatchlistSettings } from './watchlist-settings';

export function SettingsPage() {
  return (
    <div id="settings" data-testid="settings">
      <WatchlistSettings />
      <ComparisonSetting />
      <PrivacySettings />
    </div>
  );
}
