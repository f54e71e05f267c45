import { useT } from '../i18n/react';
import { takeOverWriting } from '../features/library/start';
import { usePersistenceStore } from '../state/storage-store';

/** Says when another tab is the writer, and lets the user move writing to this tab. */
export function TabBanner() {
  const t = useT();
  const role = usePersistenceStore((s) => s.role);
  const ready = usePersistenceStore((s) => s.storage.status === 'ready');
  if (!ready || role === 'writer') return null;
  return (
    <div className="views-banner" role="status" data-testid="views-reader">
      <p>{t('views.tab.reader')}</p>
      <button type="button" onClick={takeOverWriting}>
        {t('views.tab.takeOver')}
      </button>
    </div>
  );
}
