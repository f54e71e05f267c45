import { StorageWriteError } from '../../spec/write-errors';
import { notify, type Message } from '../../state/storage-store';

/** Tells the user a write failed (full disk, or anything else) and that what was stored before is unchanged. */
export function reportWriteFailure(error: unknown, what: Message): void {
  if (error instanceof StorageWriteError && error.failure === 'quota') {
    notify('error', { key: 'views.storage.quota', nested: { what } });
    return;
  }
  const detail = error instanceof Error ? error.message : String(error);
  notify('error', { key: 'views.storage.writeFailed', params: { detail }, nested: { what } });
}
