/** Dashboard entry: the whole stored profile. */
import { render } from 'preact';
import '../ui/styles.css';
import './dashboard.css';
import { Dashboard } from './dashboard';
import { loadDashboardData } from './data';
import { t, uiLanguage } from '../ui/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('dashboardTitle')} · Glass Customer`;
// Reading starts now, not after the first (empty) render has been painted.
render(<Dashboard initial={loadDashboardData()} />, document.getElementById('app')!);
