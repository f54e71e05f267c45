import './offline.css';
import { useT } from '../../i18n/react';
import { useIngestStore } from '../../features/data/ingest-store';
import { useUpdateStore } from './update-store';

/**
 * Announces a new version that is installed and waiting. Nothing changes until the user reloads, and the
 * reload waits while a file is being read, so no code is swapped under a running load or analysis. On a
 * first visit it also says once that the app now works offline.
 */
export function UpdateNotice() {
  const t = useT();
  const { waiting, activate, nowOffline } = useUpdateStore();
  const loading = useIngestStore((s) => s.progress !== null);
  if (waiting && activate) {
    return (
      <div className="update-notice" role="status" data-testid="update-notice">
        <span>{t('offline.updateReady')}</span>
        <button type="button" className="primary" disabled={loading} onClick={activate} data-testid="update-reload">
          {t('offline.reload')}
        </button>
        <button type="button" onClick={() => useUpdateStore.setState({ waiting: false })} data-testid="update-later">
          {t('offline.later')}
        </button>
      </div>
    );
  }
  if (!nowOffline) return null;
  return (
    <div className="update-notice" role="status" data-testid="offline-ready">
      <span>{t('offline.ready')}</span>
      <button type="button" onClick={() => useUpdateStore.setState({ nowOffline: false })}>
        {t('offline.ok')}
      </button>
    </div>
  );
}
