import { restoreDataset, saveDataset, deleteStoredDataset } from '../../spec/dataset-persistence';
import type { DatasetRecord } from '../../spec/db';
import { SETTING_KEYS } from '../../spec/storage-names';
import { guardWrite } from '../../spec/write-errors';
import { useDatasetsStore, type Dataset } from '../../state/datasets-store';
import { whenEngineReady } from '../../state/engine-store';
import { stopWarmUp } from '../../state/warm-up';
import { useModelStore } from '../../state/model-store';
import { broadcast, readableDb, usePersistenceStore, writableDb } from '../../state/storage-store';
import { reportWriteFailure } from './write-notice';
import { currentSpec } from '../../state/working-spec';

/** Reloads the list of stored datasets (metadata only) into the store. */
export async function refreshStored(): Promise<void> {
  const db = readableDb();
  if (db) usePersistenceStore.setState({ stored: await db.datasets.toArray() });
}

/** Reopens every stored dataset in the engine; one that fails is kept in storage and reported. */
export async function restoreStoredDatasets(
  onFailure: (record: DatasetRecord, error: unknown) => void,
): Promise<Dataset[]> {
  const db = readableDb();
  if (!db) return [];
  // Without an engine there is nothing to restore into; the status line already says why.
  const engine = await whenEngineReady().catch(() => null);
  if (!engine) return [];
  const started = performance.now();
  const restored: Dataset[] = [];
  const records = await db.datasets.toArray();
  if (records.length > 0) stopWarmUp();
  for (const record of records) {
    usePersistenceStore.setState({ busy: { key: 'views.storage.restoring', label: record.label } });
    try {
      if ((await restoreDataset(db, engine, record)) === 'already-loaded') continue;
      const { id, table, label, sources, rows, columns, sample } = record;
      restored.push({ id, table, label, sources, rows, columns, ...(sample ? { sample } : {}) });
    } catch (error) {
      onFailure(record, error);
    }
  }
  usePersistenceStore.setState({ busy: null });
  // Read by the persistence benchmark: engine ready → stored tables back.
  performance.measure('callsight:datasets-restored', { start: started, detail: { count: restored.length } });
  return restored;
}

function sameContent(a: Dataset, b: Dataset): boolean {
  return a.table === b.table && a.rows === b.rows && a.sources.join('\u0001') === b.sources.join('\u0001');
}

/** Keeps storage in step with the loaded tables: new or changed ones are saved, removed ones deleted. */
export function autosaveDatasets(alreadyStored: readonly Dataset[]): () => void {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch(() => undefined);
  };
  const saved = new Map(alreadyStored.map((d) => [d.id, d]));
  const sync = (datasets: readonly Dataset[], previous: readonly Dataset[]) => {
    for (const dataset of datasets) {
      const known = saved.get(dataset.id);
      if (known && sameContent(known, dataset)) {
        if (known.label !== dataset.label) {
          saved.set(dataset.id, dataset);
          // A rename changes no rows: update the stored label only.
          enqueue(async () => {
            await writableDb()?.datasets.update(dataset.id, { label: dataset.label });
            await refreshStored();
          });
        }
        continue;
      }
      saved.set(dataset.id, dataset);
      enqueue(async () => {
        const db = writableDb();
        if (!db) {
          // A reader tab saves nothing; if it becomes the writer, `resync` offers the dataset again.
          saved.delete(dataset.id);
          return;
        }
        usePersistenceStore.setState({ busy: { key: 'views.storage.saving', label: dataset.label } });
        try {
          const started = performance.now();
          await saveDataset(db, await whenEngineReady(), dataset);
          performance.measure('callsight:dataset-saved', { start: started, detail: { rows: dataset.rows } });
        } catch (error) {
          saved.delete(dataset.id);
          reportWriteFailure(error, { key: 'views.storage.theDataset', params: { label: dataset.label } });
        } finally {
          usePersistenceStore.setState({ busy: null });
          await refreshStored();
          broadcast('datasets');
        }
      });
    }
    for (const gone of previous.filter((p) => !datasets.some((d) => d.id === p.id))) {
      saved.delete(gone.id);
      enqueue(async () => {
        const db = writableDb();
        if (db)
          await deleteStoredDataset(db, gone.id).catch((error: unknown) =>
            reportWriteFailure(error, { key: 'views.storage.theDataset', params: { label: gone.label } }),
          );
        await refreshStored();
      });
    }
  };
  const unsubscribe = useDatasetsStore.subscribe((state, prev) => sync(state.datasets, prev.datasets));
  const resync = usePersistenceStore.subscribe((state, prev) => {
    if (state.role === 'writer' && prev.role !== 'writer') sync(useDatasetsStore.getState().datasets, []);
  });
  sync(useDatasetsStore.getState().datasets, []);
  return () => {
    unsubscribe();
    resync();
  };
}

/**
 * Keeps the working state (mapping, filters) in storage so the next visit opens where this one left off. Written at
 * once on every change (a tiny record; IndexedDB applies them in order), so closing the tab right after loses nothing.
 */
export function autosaveSession(): () => void {
  return useModelStore.subscribe((state, prev) => {
    if (state.mapping === prev.mapping && state.filters === prev.filters && state.status === prev.status) return;
    if (state.status !== 'ready' && state.status !== 'editing') return;
    const db = writableDb();
    const spec = currentSpec();
    if (!db || !spec) return;
    guardWrite(() => db.settings.put({ key: SETTING_KEYS.session, value: spec })).catch((error: unknown) =>
      reportWriteFailure(error, { key: 'views.storage.theView' }),
    );
  });
}
