import type { Engine } from '../engine/engine';
import { readCsv } from './csv-reader';
import { DecodeError, type DecodedWorkbook, type ExcelDecoder } from './decoders';
import { IngestError } from './errors';
import { dropTable } from './table-info';
import type { IngestNotice, IngestSource, ProgressListener, SheetChooser } from './types';

export interface SheetLoad {
  readonly sheet: string;
  readonly table: string;
  readonly notices: IngestNotice[];
  /** Whether reading already converted the text columns (see `CsvLoad`). */
  readonly converted: boolean;
}

export interface ExcelOptions {
  readonly decoder: () => Promise<ExcelDecoder>;
  readonly tableFor: (sheet: string) => string;
  /** Asked when a workbook has more than one sheet with data; without it, every such sheet is loaded. */
  readonly chooseSheets?: SheetChooser;
}

/**
 * Reads the non-empty sheets of a workbook, each into its own table: all of them, or those the user
 * chooses. The decoder turns each sheet into CSV, which goes through the CSV reader so types are detected
 * the same way as for CSV.
 */
export async function readExcel(
  engine: Engine,
  source: IngestSource,
  options: ExcelOptions,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<SheetLoad[]> {
  const { name, blob } = source;
  onProgress({ file: name, phase: 'decode', bytesDone: 0, bytesTotal: blob.size });
  const workbook = await decodeWorkbook(await options.decoder(), source, signal);
  onProgress({ file: name, phase: 'decode', bytesDone: blob.size, bytesTotal: blob.size });
  const sheets = await chosenSheets(workbook, name, options.chooseSheets, signal);
  const macros: IngestNotice[] = workbook.macros ? [{ code: 'macrosIgnored', params: {} }] : [];
  const loads: SheetLoad[] = [];
  try {
    for (const { name: sheet, csv } of sheets) {
      const table = options.tableFor(sheet);
      const sheetSource: IngestSource = { name, blob: csv, fingerprint: `${source.fingerprint}#${sheet}` };
      const head = new Uint8Array(await csv.slice(0, 65_536).arrayBuffer());
      const { notices, converted } = await readCsv(
        engine,
        sheetSource,
        head,
        table,
        { encoding: 'utf-8', delimiter: ',', quote: '"', header: true },
        onProgress,
        signal,
      );
      loads.push({ sheet, table, notices: [...macros, ...notices], converted });
    }
  } catch (error) {
    for (const load of loads) await dropTable(engine, load.table);
    throw error;
  }
  if (loads.length === 0) throw new IngestError('emptyWorkbook', name);
  return loads;
}

async function decodeWorkbook(
  decode: ExcelDecoder,
  source: IngestSource,
  signal?: AbortSignal,
): Promise<DecodedWorkbook> {
  const { name, blob } = source;
  if (signal?.aborted) throw new IngestError('cancelled', name);
  try {
    return await decode(blob, signal);
  } catch (error) {
    if (signal?.aborted) throw new IngestError('cancelled', name);
    if (!(error instanceof DecodeError)) throw error;
    if (/password|encrypt/i.test(error.message)) throw new IngestError('passwordExcel', name);
    throw new IngestError('corruptExcel', name, { detail: error.message });
  }
}

async function chosenSheets(
  workbook: DecodedWorkbook,
  file: string,
  choose: SheetChooser | undefined,
  signal?: AbortSignal,
): Promise<DecodedWorkbook['sheets']> {
  if (!choose || workbook.sheets.length < 2) return workbook.sheets;
  const chosen = new Set(
    await choose(
      file,
      workbook.sheets.map(({ name, rows }) => ({ name, rows })),
    ),
  );
  if (chosen.size === 0 || signal?.aborted) throw new IngestError('cancelled', file);
  return workbook.sheets.filter((s) => chosen.has(s.name));
}
