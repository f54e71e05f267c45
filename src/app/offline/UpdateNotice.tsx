import './offline.css';
import { useT } from '../../i18n/react';
import { useIngestStore } from '../data/ingest-store';
import { useUpdateStore } from './update-store';

/**
 * Announces a new version that is installed and waiting. Nothing changes until the user reloads, and the
 * reload waits while a file is being read, so no code is swapped under a running load or analysis.
 */
export function UpdateNotice() {
  const t = useT();
  const waiting = useUpdateStore((s) => s.waiting);
  const activate = useUpdateStore((s) => s.activate);
  const loading = useIngestStore((s) => s.progress !== null);
  if (!waiting || !activate) return null;
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
