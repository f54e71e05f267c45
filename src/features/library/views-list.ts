import { create } from 'zustand';
import type { ViewRecord } from '../../spec/db';
import type { SavedView } from '../../spec/view-spec';
import { toRecord, ViewsRepo, type UnreadableView } from '../../spec/views-repo';
import { openSpec } from './open-view';
import { broadcast, notify, readableDb, writableDb } from '../../state/storage-store';
import { currentSpec } from '../../state/working-spec';
import { reportWriteFailure } from './write-notice';

interface ViewsListState {
  views: readonly SavedView[];
  unreadable: readonly UnreadableView[];
  /** The view last deleted, until the next deletion: what Undo puts back. */
  lastDeleted: ViewRecord | null;
}

export const useViewsList = create<ViewsListState>(() => ({ views: [], unreadable: [], lastDeleted: null }));

export async function refreshViews(): Promise<void> {
  const db = readableDb();
  if (!db) return;
  useViewsList.setState(await new ViewsRepo(db).list());
}

/** Runs a change to the saved views if this tab may write; reports a refusal or failure; refreshes the list. */
async function change<T>(work: (repo: ViewsRepo) => Promise<T>): Promise<T | undefined> {
  const db = writableDb();
  if (!db) {
    notify('error', { key: readableDb() ? 'views.storage.readOnly' : 'views.storage.unavailable' });
    return undefined;
  }
  try {
    return await work(new ViewsRepo(db));
  } catch (error) {
    reportWriteFailure(error, { key: 'views.storage.theView' });
    return undefined;
  } finally {
    await refreshViews();
    broadcast('views');
  }
}

/** Saves the working state under a name; false when there is nothing mapped to save. */
export async function saveCurrentView(name: string, thumbnail: string | null): Promise<SavedView | undefined> {
  const spec = currentSpec();
  if (!spec) {
    notify('error', { key: 'views.needsMapping' });
    return undefined;
  }
  const saved = await change((repo) => repo.create(name, spec, thumbnail));
  if (saved) notify('info', { key: 'views.saved', params: { name: saved.name } });
  return saved;
}

export const renameView = (id: string, name: string) => change((repo) => repo.rename(id, name));

export const duplicateView = (id: string, name: string) => change((repo) => repo.duplicate(id, name));

export async function deleteView(id: string): Promise<void> {
  const removed = await change((repo) => repo.remove(id));
  if (removed) {
    useViewsList.setState({ lastDeleted: removed });
    notify('info', { key: 'views.deleted', params: { name: removed.name } });
  }
}

export async function undoDelete(): Promise<void> {
  const record = useViewsList.getState().lastDeleted;
  if (!record) return;
  useViewsList.setState({ lastDeleted: null });
  await change((repo) => repo.put([record]));
}

/** Adds imported views; one whose id is already stored comes in as a new view, so nothing is overwritten. */
export async function addImportedViews(views: readonly SavedView[]): Promise<number> {
  const taken = new Set(useViewsList.getState().views.map((v) => v.id));
  const records = views.map((v) => toRecord(taken.has(v.id) ? { ...v, id: crypto.randomUUID() } : v));
  const done = await change(async (repo) => {
    await repo.put(records);
    return records.length;
  });
  return done ?? 0;
}

export async function openSavedView(view: SavedView): Promise<void> {
  const outcome = await openSpec(view.spec, view.name);
  if (outcome === 'opened') notify('info', { key: 'views.opened', params: { name: view.name } });
}
