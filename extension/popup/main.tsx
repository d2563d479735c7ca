/** Popup entry: renders the current site at a glance. */
import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { Popup } from './popup';
import { uiLanguage } from '../ui/i18n';

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
