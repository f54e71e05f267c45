import { decodeViewLink, hasViewLink, withoutViewLink } from '../../spec/link-codec';
import { loadViewParsers } from '../../spec/load-parsers';
import { SETTING_KEYS } from '../../spec/storage-names';
import { changesChannel, claimWriter, type WriterClaim } from '../../spec/tab-lock';
import { useDatasetsStore } from '../../state/datasets-store';
import { tablesKey, useModelStore } from '../../state/model-store';
import { autosaveDatasets, autosaveSession, refreshStored, restoreStoredDatasets } from './autosave';
import { openSpec } from './open-view';
import { problemMessage } from './problem-message';
import { notify, setBroadcast, usePersistenceStore } from '../../state/storage-store';
import { refreshViews } from './views-list';
import { sourceTables } from '../../state/working-spec';

let started: Promise<void> | null = null;
let claim: WriterClaim | null = null;

/** Opens storage, reopens the stored datasets and the last working state (or a shared link), then keeps saving. */
export function startPersistence(): Promise<void> {
  started ??= start();
  return started;
}

/** Takes the writer role from another tab. */
export function takeOverWriting(): void {
  claim?.takeOver();
}

async function start(): Promise<void> {
  // IndexedDB's wrapper (Dexie) is a sizeable download: it loads beside the first screen, not as part of it.
  const { openDb } = await import('../../spec/db');
  const opened = await openDb();
  if ('failure' in opened) {
    usePersistenceStore.setState({ storage: { status: 'failed', failure: opened.failure, detail: opened.detail } });
    await openLink();
    window.addEventListener('hashchange', () => void openLink());
    return;
  }
  usePersistenceStore.setState({ storage: { status: 'ready', db: opened.db } });
  claim = claimWriter((role) => usePersistenceStore.setState({ role }));
  window.addEventListener('pagehide', () => claim?.release());
  const channel = changesChannel((change) => {
    if (change === 'views') void refreshViews();
    if (change === 'datasets') void refreshStored();
  });
  setBroadcast(channel.post);
  await Promise.all([refreshStored(), refreshViews()]);

  const restored = await restoreStoredDatasets((record, error) =>
    notify('error', {
      key: 'views.storage.restoreFailed',
      params: { label: record.label, detail: error instanceof Error ? error.message : String(error) },
    }),
  );
  const session = await opened.db.settings.get(SETTING_KEYS.session);
  const link = hasViewLink(window.location.hash);
  if (restored.length > 0) {
    const datasets = [
      ...useDatasetsStore.getState().datasets.filter((d) => !restored.some((r) => r.id === d.id)),
      ...restored,
    ];
    // Keep detection from proposing a new mapping over the one about to be restored.
    if (session || link) useModelStore.setState({ detectedFor: tablesKey(sourceTables(datasets)) });
    useDatasetsStore.setState({ datasets });
  }
  autosaveDatasets(restored);
  if (link) await openLink();
  else if (session) {
    const { parseViewSpec } = await loadViewParsers();
    const parsed = parseViewSpec(session.value);
    if (parsed.ok) await openSpec(parsed.value, '');
  }
  autosaveSession();
  // A link pasted into a tab that is already open changes only the fragment.
  window.addEventListener('hashchange', () => void openLink());
}

async function openLink(): Promise<void> {
  if (!hasViewLink(window.location.hash)) return;
  const parsed = await decodeViewLink(window.location.hash);
  // The fragment has done its job; a reload should not re-apply it over later changes. The route stays.
  history.replaceState(
    null,
    '',
    window.location.pathname + window.location.search + withoutViewLink(window.location.hash),
  );
  if (!parsed.ok) {
    notify('error', { key: 'views.linkFailed', nested: { reason: problemMessage(parsed.problem) } });
    return;
  }
  await openSpec(parsed.value, '');
}
