import { loadViewParsers } from './load-parsers';
import { fail, isRecord, joinPath, type Parsed, type ViewProblem } from './problems';
import { EXPORT_FILE_TYPE } from './storage-names';
import type { SavedView, ViewSpec } from './view-spec';

/** The export file's own version (the views inside carry theirs). */
export const EXPORT_FILE_VERSION = 1;

/** A versioned JSON document kept beside the views (e.g. the reason taxonomy). */
export interface ExportedDocument {
  readonly id: string;
  readonly version: number;
  readonly data: unknown;
}

/** What an export file holds: views, the working state (mapping, filters) and documents; never any rows. */
export interface ExportContents {
  readonly views: readonly SavedView[];
  readonly session: ViewSpec | null;
  readonly documents: readonly ExportedDocument[];
}

/** What an import could use, and what it could not (with where and why). */
export interface ImportResult extends ExportContents {
  readonly rejected: readonly ViewProblem[];
  readonly ignored: readonly string[];
  readonly migrated: number;
}

/** Writes the export file as pretty JSON, `{ type, version, source, exportedAt, … }`. */
export function buildExportFile(contents: ExportContents, source: string, at: Date): string {
  const file = {
    type: EXPORT_FILE_TYPE,
    version: EXPORT_FILE_VERSION,
    source,
    exportedAt: at.toISOString(),
    views: contents.views,
    session: contents.session,
    documents: contents.documents,
  };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads an export file (or a bare ViewSpec, as a link or a hand-written file holds). Each view is checked on its
 * own, so one bad view does not lose the others; what was not used is listed.
 */
export async function parseExportFile(text: string): Promise<Parsed<ImportResult>> {
  const { parseJsonText, parseSavedView, parseViewSpec } = await loadViewParsers();
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const input = json.value;
  if (!isRecord(input)) return fail('not-an-export', '', 'expected a JSON object');
  if (input.type === undefined && 'schemaVersion' in input) return fromBareSpec(parseViewSpec(input));
  if (input.type !== EXPORT_FILE_TYPE) return fail('not-an-export', 'type', `expected "${EXPORT_FILE_TYPE}"`);
  if (typeof input.version !== 'number') return fail('not-an-export', 'version', 'missing');
  if (input.version > EXPORT_FILE_VERSION)
    return fail('newer-version', 'version', `file version ${input.version}`, input.version);

  const views: SavedView[] = [];
  const rejected: ViewProblem[] = [];
  const ignored: string[] = [];
  let migrated = 0;
  const list = Array.isArray(input.views) ? input.views : [];
  if (!Array.isArray(input.views) && input.views !== undefined)
    rejected.push({ code: 'invalid', path: 'views', detail: 'expected a list' });
  list.forEach((item, i) => {
    const parsed = parseSavedView(item, joinPath('views', i));
    if (!parsed.ok) {
      rejected.push(parsed.problem);
      return;
    }
    views.push(parsed.value);
    ignored.push(...parsed.ignored);
    if (parsed.migrated.length) migrated += 1;
  });
  let session: ViewSpec | null = null;
  if (input.session !== undefined && input.session !== null) {
    const parsed = parseViewSpec(input.session, 'session');
    if (parsed.ok) session = parsed.value;
    else rejected.push(parsed.problem);
  }
  const documents = readDocuments(input.documents, rejected);
  const known = new Set(['type', 'version', 'source', 'exportedAt', 'views', 'session', 'documents']);
  ignored.push(...Object.keys(input).filter((k) => !known.has(k)));
  return { ok: true, value: { views, session, documents, rejected, ignored, migrated }, migrated: [], ignored };
}

function fromBareSpec(parsed: Parsed<ViewSpec>): Parsed<ImportResult> {
  if (!parsed.ok) return parsed;
  const value: ImportResult = {
    views: [],
    session: parsed.value,
    documents: [],
    rejected: [],
    ignored: parsed.ignored,
    migrated: parsed.migrated.length ? 1 : 0,
  };
  return { ok: true, value, migrated: parsed.migrated, ignored: parsed.ignored };
}

function readDocuments(input: unknown, rejected: ViewProblem[]): ExportedDocument[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    rejected.push({ code: 'invalid', path: 'documents', detail: 'expected a list' });
    return [];
  }
  const documents: ExportedDocument[] = [];
  input.forEach((item, i) => {
    if (isRecord(item) && typeof item.id === 'string' && typeof item.version === 'number' && 'data' in item) {
      documents.push({ id: item.id, version: item.version, data: item.data });
    } else rejected.push({ code: 'invalid', path: joinPath('documents', i), detail: 'expected { id, version, data }' });
  });
  return documents;
}
