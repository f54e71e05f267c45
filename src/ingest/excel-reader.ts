import type { WorkBook } from '@e965/xlsx';
import type { Engine } from '../engine/engine';
import { readCsv } from './csv-reader';
import { engineDetail, IngestError } from './errors';
import { dropTable } from './table-info';
import { rowsToCsv, type SheetCell } from './sheet-csv';
import type { IngestNotice, IngestSource, ProgressListener } from './types';

export interface SheetLoad {
  readonly sheet: string;
  readonly table: string;
  readonly notices: IngestNotice[];
  /** Whether reading already converted the text columns (see `CsvLoad`). */
  readonly converted: boolean;
}

/**
 * Reads every non-empty sheet of a workbook into its own table. SheetJS is loaded only when a workbook
 * arrives; each sheet goes through the CSV reader so types are detected the same way as for CSV.
 */
export async function readExcel(
  engine: Engine,
  source: IngestSource,
  tableFor: (sheet: string) => string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<SheetLoad[]> {
  const { name, blob } = source;
  const XLSX = await import('@e965/xlsx');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellDates: true, UTC: true, dense: true, bookVBA: true });
  } catch (error) {
    const detail = engineDetail(error);
    if (/password|encrypt/i.test(detail)) throw new IngestError('passwordExcel', name);
    throw new IngestError('corruptExcel', name, { detail });
  }
  const macros: IngestNotice[] = workbook.vbaraw ? [{ code: 'macrosIgnored', params: {} }] : [];
  const loads: SheetLoad[] = [];
  try {
    await readSheets();
  } catch (error) {
    for (const load of loads) await dropTable(engine, load.table);
    throw error;
  }
  if (loads.length === 0) throw new IngestError('emptyWorkbook', name);
  return loads;

  async function readSheets(): Promise<void> {
    for (const sheet of workbook.SheetNames) {
      const ws = workbook.Sheets[sheet];
      if (!ws) continue;
      const rows = XLSX.utils.sheet_to_json<SheetCell[]>(ws, { header: 1, raw: true, defval: null, UTC: true });
      const nonEmpty = rows.filter((r) => r.some((v) => v !== null && v !== undefined && v !== ''));
      if (nonEmpty.length < 2) continue;
      const csv = new Blob([rowsToCsv(nonEmpty)]);
      const table = tableFor(sheet);
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
  }
}
