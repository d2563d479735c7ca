/**
 * Views the overview does not need are separate chunks, loaded when first shown: the dashboard's
 * first render then parses only its own script (the settings pull in the public-suffix list,
 * "Your data" the import checks, the research page the report builder).
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

export function lazyView<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let loading: Promise<FunctionComponent<P>> | undefined;
  return function LazyView(props: P) {
    const [view, setView] = useState(() => loaded);
    useEffect(() => {
      if (view) return;
      void (loading ??= load()).then((component) => {
        loaded = component;
        setView(() => component);
      });
    }, [view]);
    if (!view) return <p class="muted">{t('companyLoading')}</p>;
    const View = view;
    return <View {...props} />;
  };
}
