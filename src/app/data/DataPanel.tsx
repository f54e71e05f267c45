import { useT } from '../../i18n/react';

/** Lists the loaded tables and offers to open files. */
export function DataPanel() {
  const t = useT();
  return (
    <section className="data-panel">
      <h2>{t('app.data')}</h2>
    </section>
  );
}
