import { useEffect } from 'react';
import { HelpRoute } from '../features/help/HelpRoute';
import { useLanguageStore, useT } from '../i18n/react';
import { DataPanel } from './data/DataPanel';
import { AnalysisArea } from './AnalysisArea';
import { LanguageSwitch } from './LanguageSwitch';
import { UpdateNotice } from './offline/UpdateNotice';
import { StatusLine } from './StatusLine';
import { installModelHooks } from './test-hooks';
import { ViewsSection } from './views/ViewsSection';

installModelHooks();

/** The shell: header, data panel, analysis area, status line. */
export function App() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  return (
    <div className="shell">
      <header className="shell-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
      </header>
      <aside className="shell-data" aria-label={t('app.data')}>
        <DataPanel />
        <ViewsSection />
      </aside>
      <main className="shell-analysis" aria-label={t('app.analysis')}>
        <AnalysisArea />
      </main>
      <StatusLine />
      <UpdateNotice />
      <HelpRoute />
    </div>
  );
}
