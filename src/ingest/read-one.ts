import type { Engine } from '../engine/engine';
import { readArrow } from './arrow-reader';
import { convertColumns } from './conversions';
import { readCsv } from './csv-reader';
import type { Decoders } from './decoders';
import { IngestError } from './errors';
import { readExcel } from './excel-reader';
import { detectFormat } from './format';
import { readJson } from './json-reader';
import { planStorage, type Storage } from './memory-guard';
import { readParquet } from './parquet-reader';
import { countRows, describeTable, dropTable } from './table-info';
import type {
  CsvOptions,
  DetectedCsv,
  FileFormat,
  IngestNotice,
  IngestSource,
  LoadedTable,
  ProgressListener,
  RejectConfirm,
  RejectSummary,
  SheetChooser,
} from './types';

export interface ReadOneOptions extends Decoders {
  readonly csv?: CsvOptions;
  /** Picks a free table name for the file (and sheet). */
  readonly tableFor: (sheet?: string) => string;
  readonly chooseSheets?: SheetChooser;
  /** Asked when many rows of a text file cannot be read; without it, the rows that can be are loaded. */
  readonly confirmRejects?: RejectConfirm;
}

interface Made {
  table: string;
  sheet?: string;
  notices: IngestNotice[];
  csv?: DetectedCsv;
  /** Set when reading already converted the text columns. */
  converted?: boolean;
  rejected?: RejectSummary;
}

/** Reads one file into one table (a workbook: one per sheet), typed and checked; on failure leaves none. */
export async function readOne(
  engine: Engine,
  source: IngestSource,
  options: ReadOneOptions,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<LoadedTable[]> {
  const { name, blob } = source;
  if (blob.size === 0) throw new IngestError('empty', name);
  const head = new Uint8Array(await blob.slice(0, 65_536).arrayBuffer());
  const format = detectFormat(name, head);
  const storage = await planStorage(engine, name, blob.size, format);
  const made: Made[] = [];
  try {
    await readFormat(engine, source, head, format, storage, options, made, onProgress, signal);
    const loaded: LoadedTable[] = [];
    for (const m of made) {
      const rows = await countRows(engine, m.table);
      if (rows === 0) throw new IngestError('headerOnly', name);
      if (!m.converted) {
        onProgress({ file: name, phase: 'convert', bytesDone: blob.size, bytesTotal: blob.size });
        m.notices.push(...(await convertColumns(engine, m.table, await describeTable(engine, m.table))));
      }
      loaded.push({
        file: name,
        sheet: m.sheet,
        table: m.table,
        label: m.sheet ? `${name} — ${m.sheet}` : name,
        format,
        rows,
        columns: await describeTable(engine, m.table),
        csv: m.csv,
        notices: m.notices,
        ...(m.rejected ? { rejected: m.rejected } : {}),
      });
    }
    return loaded;
  } catch (error) {
    for (const m of made) await dropTable(engine, m.table);
    throw error;
  }
}

async function readFormat(
  engine: Engine,
  source: IngestSource,
  head: Uint8Array,
  format: FileFormat,
  storage: Storage,
  options: ReadOneOptions,
  made: Made[],
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<void> {
  if (format === 'excel') {
    const excel = { decoder: options.excel, tableFor: options.tableFor, chooseSheets: options.chooseSheets };
    const sheets = await readExcel(engine, source, excel, onProgress, signal);
    made.push(...sheets);
    return;
  }
  const table = options.tableFor();
  // Registered before reading so a failure half-way still drops whatever the engine created.
  const entry: Made = { table, notices: [] };
  made.push(entry);
  if (format === 'csv') {
    const csv = options.csv ?? {};
    const load = await readCsv(engine, source, head, table, csv, onProgress, signal, storage, options.confirmRejects);
    if (storage.compact) entry.notices.push({ code: 'compressed', params: {} });
    entry.notices.push(...load.notices);
    entry.csv = load.csv;
    entry.converted = load.converted;
    entry.rejected = load.rejected;
  } else if (format === 'parquet') await readParquet(engine, source, table, options.parquet, onProgress, signal);
  else if (format === 'arrow') await readArrow(engine, source, table, onProgress, signal);
  else await readJson(engine, source, head, table, format === 'ndjson', onProgress, signal);
}
