import { useEffect, useState } from 'react';
import { DataPanel } from '../features/data/DataPanel';
import { HelpRoute } from '../features/help/HelpRoute';
import { RemapNotice } from '../features/library/RemapNotice';
import { ViewsSection } from '../features/library/ViewsSection';
import { useLanguageStore, useT } from '../i18n/react';
import { AnalysisArea } from './AnalysisArea';
import { AnalysisNav } from './AnalysisNav';
import { LanguageSwitch } from './LanguageSwitch';
import { Notices } from './Notices';
import { UpdateNotice } from './offline/UpdateNotice';
import { useRoute } from './routes';
import { StatusLine } from './StatusLine';
import { TabBanner } from './TabBanner';

/**
 * The shell: header with the analyses' navigation, the data panel (a drawer on a narrow screen), one stack of
 * notices, the open analysis as the page's main content, and the status line.
 */
export function App() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [drawer, setDrawer] = useState(false);
  useRoute();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  return (
    <div className={drawer ? 'shell shell-drawer-open' : 'shell'}>
      <header className="shell-header">
        <button
          type="button"
          className="drawer-toggle"
          aria-expanded={drawer}
          aria-controls="data-drawer"
          data-testid="drawer-toggle"
          onClick={() => setDrawer(!drawer)}
        >
          {t('app.openData')}
        </button>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <AnalysisNav />
        <LanguageSwitch />
      </header>
      <div className="shell-top">
        <TabBanner />
        <Notices />
        <RemapNotice />
      </div>
      <aside className="shell-data" id="data-drawer" aria-label={t('app.data')}>
        <button type="button" className="drawer-close" data-testid="drawer-close" onClick={() => setDrawer(false)}>
          {t('app.closeData')}
        </button>
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
