/** Popup entry: renders the current site at a glance. */
import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { loadView, Popup, type View } from './popup';
import { prepareFormats, uiLanguage } from '../ui/i18n';

document.documentElement.lang = uiLanguage();
// Reading starts now, not after the first (empty) render has been painted.
render(
  <Popup initial={loadView().catch((): View => ({ state: 'not-web' }))} />,
  document.getElementById('app')!,
);
// While the worker composes the answer.
prepareFormats();
