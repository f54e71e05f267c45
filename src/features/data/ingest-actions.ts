import type { Engine } from '../../engine/engine';
import {
  IngestError,
  sourceFromFile,
  type CsvOptions,
  type IngestResult,
  type IngestSource,
  type LoadedTable,
} from '../../ingest';
import { askSheets } from './ask-sheets';
import { askRejects } from './reject-question';
import { useDatasetsStore, type Dataset } from '../../state/datasets-store';
import { useIngestStore } from './ingest-store';
import { stopWarmUp } from '../../state/warm-up';
import { sql } from '../../sql';

export interface IngestIntoAppOptions {
  /** Append every file to this dataset's table (by dataset id), or `'first'` to merge the files dropped. */
  readonly appendTo?: string;
  readonly csv?: CsvOptions;
  /** Marks the datasets as the bundled sample data. */
  readonly sample?: boolean;
  /** Asks which sheets to load from a workbook with more than one (otherwise all are loaded). */
  readonly askSheets?: boolean;
}

let datasetCounter = 0;

// The readers load with the first file, not with the first screen.
const pipeline = () => import('../../ingest/pipeline');

/**
 * Loads sources into the engine and the app: progress and cancel in the ingest store, each new table added
 * to the datasets store, each refusal shown as a message. Returns the raw results (the sample-data flow
 * uses them). Nothing already loaded is touched by a failure.
 */
export async function ingestIntoApp(
  engine: Engine,
  sources: readonly IngestSource[],
  options: IngestIntoAppOptions = {},
): Promise<IngestResult[]> {
  stopWarmUp();
  const ingest = useIngestStore.getState();
  const datasets = useDatasetsStore.getState().datasets;
  const controller = new AbortController();
  ingest.setController(controller);
  const target = datasets.find((d) => d.id === options.appendTo);
  try {
    const { ingestSources, workerDecoders } = await pipeline();
    const results = await ingestSources(
      engine,
      sources,
      {
        takenTables: (await engine.query(sql`select table_name from duckdb_tables()`)).rows.map((r) =>
          String(r.table_name),
        ),
        loadedFingerprints: Object.values(useIngestStore.getState().details).flatMap((d) => d.fingerprints),
        csv: options.csv,
        appendTo: target ? target.table : options.appendTo === 'first' ? 'first' : undefined,
        ...workerDecoders,
        chooseSheets: options.askSheets ? askSheets(controller.signal) : undefined,
        confirmRejects: askRejects(controller.signal),
      },
      (p) => useIngestStore.getState().setProgress(p),
      controller.signal,
    );
    const bySource = new Map(sources.map((s) => [s.name, s]));
    const firstCancelled = results.find((r) => !r.ok && r.error.code === 'cancelled');
    for (const result of results) {
      if (result.ok || result.error.code !== 'cancelled' || result === firstCancelled) {
        recordResult(result, bySource.get(result.file), options);
      }
    }
    return results;
  } finally {
    useIngestStore.getState().setProgress(null);
    useIngestStore.getState().setController(null);
  }
}

/** Picked or dropped files, into the app. */
export function ingestFilesIntoApp(engine: Engine, files: readonly File[], options: IngestIntoAppOptions = {}) {
  const sources = files.map((f) => sourceFromFile(f, f.webkitRelativePath || f.name));
  return ingestIntoApp(engine, sources, options);
}

function recordResult(result: IngestResult, source: IngestSource | undefined, options: IngestIntoAppOptions) {
  const ingest = useIngestStore.getState();
  const store = useDatasetsStore.getState();
  if (!result.ok) {
    ingest.addBanner({ kind: 'error', error: result.error });
    return;
  }
  if (result.appended) {
    const { table, rows, duplicates, rejected } = result.appended;
    const dataset = store.datasets.find((d) => d.table === table);
    if (!dataset) return;
    store.replace({ ...dataset, rows, sources: [...dataset.sources, result.file] });
    const detail = ingest.details[dataset.id];
    if (detail)
      ingest.setDetail(dataset.id, {
        ...detail,
        fingerprints: [...detail.fingerprints, result.fingerprint],
        duplicates,
        rejected: [...(detail.rejected ?? []), ...(rejected ? [rejected] : [])],
      });
    ingest.addBanner({
      kind: 'info',
      key: 'ingest.appended',
      params: { file: result.file, rows, label: dataset.label },
    });
    return;
  }
  for (const table of result.tables) {
    const id = `ds-${Date.now().toString(36)}-${++datasetCounter}`;
    store.add(toDataset(id, table, options.sample));
    if (source)
      ingest.setDetail(id, {
        source,
        fingerprints: [result.fingerprint],
        csv: table.csv,
        notices: table.notices,
        rejected: table.rejected ? [table.rejected] : [],
      });
  }
}

function toDataset(id: string, table: LoadedTable, sample?: boolean): Dataset {
  return {
    id,
    table: table.table,
    label: table.label,
    sources: [table.file],
    rows: table.rows,
    columns: table.columns,
    ...(sample ? { sample: true } : {}),
  };
}

/** Changes what the user sees; the SQL table keeps its name, so nothing that reads it breaks. */
export function renameDataset(id: string, label: string): void {
  const dataset = useDatasetsStore.getState().datasets.find((d) => d.id === id);
  const trimmed = label.trim();
  if (dataset && trimmed) useDatasetsStore.getState().replace({ ...dataset, label: trimmed });
}

/** Reads a text file again with new options; on failure the table stays as it was and the reason is shown. */
export async function rereadDataset(engine: Engine, id: string, csv: CsvOptions): Promise<boolean> {
  const dataset = useDatasetsStore.getState().datasets.find((d) => d.id === id);
  const detail = useIngestStore.getState().details[id];
  if (!dataset || !detail) return false;
  const ingest = useIngestStore.getState();
  const controller = new AbortController();
  ingest.setController(controller);
  try {
    const { rereadSource, workerDecoders } = await pipeline();
    const taken = (await engine.query(sql`select table_name from duckdb_tables()`)).rows.map((r) =>
      String(r.table_name),
    );
    const loaded = await rereadSource(
      engine,
      detail.source,
      dataset.table,
      csv,
      workerDecoders,
      taken,
      (p) => useIngestStore.getState().setProgress(p),
      controller.signal,
    );
    useDatasetsStore
      .getState()
      .replace({ ...dataset, rows: loaded.rows, columns: loaded.columns, sources: [detail.source.name] });
    ingest.setDetail(id, {
      ...detail,
      csv: loaded.csv,
      notices: loaded.notices,
      duplicates: undefined,
      rejected: loaded.rejected ? [loaded.rejected] : [],
    });
    return true;
  } catch (error) {
    if (error instanceof IngestError) ingest.addBanner({ kind: 'error', error });
    else throw error;
    return false;
  } finally {
    useIngestStore.getState().setProgress(null);
    useIngestStore.getState().setController(null);
  }
}

/** Removes exact duplicate rows from a dataset's table and reports how many went. */
export async function removeDuplicates(engine: Engine, id: string): Promise<number> {
  const dataset = useDatasetsStore.getState().datasets.find((d) => d.id === id);
  if (!dataset) return 0;
  const { removeDuplicateRows } = await pipeline();
  const removed = await removeDuplicateRows(engine, dataset.table);
  useDatasetsStore.getState().replace({ ...dataset, rows: dataset.rows - removed });
  const detail = useIngestStore.getState().details[id];
  if (detail) useIngestStore.getState().setDetail(id, { ...detail, duplicates: undefined });
  useIngestStore.getState().addBanner({ kind: 'info', key: 'ingest.duplicatesRemoved', params: { count: removed } });
  return removed;
}
