import { useT } from '../i18n/react';

/** Where analyses render; until data is loaded it says how to start. */
export function AnalysisArea() {
  const t = useT();
  return (
    <section className="empty-state">
      <h2>{t('app.empty.title')}</h2>
      <p>{t('app.empty.body')}</p>
    </section>
  );
}
