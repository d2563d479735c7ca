/** Dashboard entry: the whole stored profile. */
import { render } from 'preact';
import '../ui/styles.css';
import './dashboard.css';
import { Dashboard } from './dashboard';
import { t, uiLanguage } from '../ui/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('dashboardTitle')} · Glass Customer`;
render(<Dashboard />, document.getElementById('app')!);
