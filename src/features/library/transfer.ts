import { buildExportFile, parseExportFile } from '../../spec/export-file';
import { encodeViewLink } from '../../spec/link-codec';
import type { SavedView, ViewSpec } from '../../spec/view-spec';
import { openSpec } from './open-view';
import { problemMessage } from './problem-message';
import { notify, readableDb, writableDb, type Message } from '../../state/storage-store';
import { addImportedViews } from './views-list';
import { currentSpec } from '../../state/working-spec';

const SOURCE = 'Callsight 0.1.0';

/** Downloads views and the stored documents as one JSON file; "export all" adds the working state. */
export async function exportViews(views: readonly SavedView[], fileName: string, withSession: boolean): Promise<void> {
  const documents = (await readableDb()?.taxonomy.toArray()) ?? [];
  const text = buildExportFile(
    {
      views,
      session: withSession ? currentSpec() : null,
      documents: documents.map(({ id, version, data }) => ({ id, version, data })),
    },
    SOURCE,
    new Date(),
  );
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads an export file: adds its views, opens its working state, reports what it could not use. */
export async function importViews(file: File): Promise<void> {
  const parsed = await parseExportFile(await file.text());
  if (!parsed.ok) {
    notify('error', { key: 'views.importFailed', nested: { reason: problemMessage(parsed.problem) } });
    return;
  }
  const { views, session, documents, rejected, ignored, migrated } = parsed.value;
  const added = views.length ? await addImportedViews(views) : 0;
  const db = writableDb();
  if (db && documents.length) {
    const local = new Set((await db.taxonomy.toArray()).map((d) => d.id));
    await db.taxonomy.bulkPut(documents.filter((d) => !local.has(d.id)).map((d) => ({ ...d, updatedAt: Date.now() })));
  }
  const details: Message[] = [];
  if (migrated) details.push({ key: 'views.importedMigrated', params: { count: migrated } });
  for (const problem of rejected) {
    details.push({
      key: 'views.importRejected',
      params: { path: problem.path },
      nested: { reason: problemMessage(problem) },
    });
  }
  if (ignored.length) details.push({ key: 'views.importIgnored', params: { paths: ignored.slice(0, 8).join(', ') } });
  if (session) {
    details.push({ key: 'views.importedSession' });
    await openSpec(session, file.name);
  }
  notify(rejected.length ? 'error' : 'info', { key: 'views.imported', params: { views: added } }, details);
}

/** Puts a link to the view in the clipboard, or shows it when the clipboard is not available. */
export async function copyViewLink(spec: ViewSpec): Promise<string> {
  const url = `${window.location.origin}${window.location.pathname}${await encodeViewLink(spec)}`;
  try {
    await navigator.clipboard.writeText(url);
    notify('info', { key: 'views.linkCopied' });
  } catch {
    // An unknown key shows itself, so this detail line is the URL, untranslated.
    notify('info', { key: 'views.linkShown' }, [{ key: '{url}', params: { url } }]);
  }
  return url;
}
