import { useState } from 'react';
import { formatNumber } from '../../i18n';
import { useLanguageStore, useT } from '../../i18n/react';
import { ErrorDetails } from '../../ui/ErrorDetails';
import { deleteStoredDataset } from '../../spec/dataset-persistence';
import { useDatasetsStore } from '../../state/datasets-store';
import { useEngineStore } from '../../state/engine-store';
import { removeDataset } from '../../state/remove-dataset';
import { refreshStored } from './autosave';
import { broadcast, notify, usePersistenceStore, writableDb } from '../../state/storage-store';
import { reportWriteFailure } from './write-notice';
import { useMessage } from './use-message';
import { formatBytes, useStorageEstimate } from './use-storage-estimate';

/** What this device keeps: datasets with their size, the browser's quota, persistence, and deletion. */
export function StoragePanel() {
  const t = useT();
  const render = useMessage();
  const language = useLanguageStore((s) => s.language);
  const { storage, stored, busy } = usePersistenceStore();
  const estimate = useStorageEstimate(stored);
  const [denied, setDenied] = useState(false);
  if (storage.status === 'failed') {
    const key = storage.failure === 'unavailable' ? 'views.storage.unavailable' : 'views.storage.failed';
    return (
      <section className="storage-panel" data-testid="storage-panel">
        <h2>{t('views.storage.title')}</h2>
        <p role="alert">{render({ key, params: { detail: storage.detail } })}</p>
        <ErrorDetails raw={storage.detail} label={t('engine.error.details')} />
      </section>
    );
  }
  const remove = async (id: string, label: string) => {
    const db = writableDb();
    if (!db) {
      notify('error', { key: 'views.storage.readOnly' });
      return;
    }
    try {
      await deleteStoredDataset(db, id);
      const engine = useEngineStore.getState();
      if (engine.status === 'ready') await removeDataset(engine.engine, id);
      else useDatasetsStore.getState().remove(id);
      notify('info', { key: 'views.storage.deleted', params: { label } });
    } catch (error) {
      reportWriteFailure(error, { key: 'views.storage.theDataset', params: { label } });
    }
    await refreshStored();
    broadcast('datasets');
  };
  const persist = async () => {
    const granted = await navigator.storage?.persist?.();
    setDenied(!granted);
    estimate.refresh();
  };
  return (
    <section className="storage-panel" data-testid="storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('views.storage.title')}</h2>
      {busy && (
        <p className="storage-busy" role="status">
          {render({ key: busy.key, params: { label: busy.label } })}
        </p>
      )}
      {stored.length === 0 ? (
        <p className="views-empty">{t('views.storage.none')}</p>
      ) : (
        <ul className="storage-list" data-testid="storage-list">
          {stored.map((d) => (
            <li key={d.id} data-testid="storage-item">
              <span className="storage-label">{d.label}</span>
              <span className="storage-size">
                {t('views.storage.dataset', {
                  rows: formatNumber(language, d.rows),
                  size: formatBytes(language, d.bytes),
                })}
              </span>
              <button
                type="button"
                aria-label={t('views.storage.delete', { label: d.label })}
                onClick={() => void remove(d.id, d.label)}
              >
                {t('views.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {estimate.quota !== null && (
        <p className="storage-usage" data-testid="storage-usage">
          {t('views.storage.usage', {
            used: formatBytes(language, estimate.usage ?? 0),
            quota: formatBytes(language, estimate.quota),
          })}
        </p>
      )}
      <p>{t(estimate.persisted ? 'views.storage.persisted' : 'views.storage.notPersisted')}</p>
      {!estimate.persisted && (
        <button type="button" data-testid="storage-persist" onClick={() => void persist()}>
          {t('views.storage.persist')}
        </button>
      )}
      {denied && <p className="views-notice-detail">{t('views.storage.persistDenied')}</p>}
    </section>
  );
}
