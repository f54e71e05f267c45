import type * as Xlsx from '@e965/xlsx';
import { DecodeError, type DecodedWorkbook, type WorkbookSheet } from './decoders';
import { engineDetail } from './errors';
import { rowsToCsv, type SheetCell } from './sheet-csv';

/** What this code uses of SheetJS. */
export type SheetJs = Pick<typeof Xlsx, 'read' | 'utils'>;

/**
 * Parses a workbook and writes each sheet with a header and at least one data row as CSV. Empty rows are
 * left out; a sheet with fewer than two non-empty rows has no table to give.
 */
export function workbookSheets(xlsx: SheetJs, bytes: Uint8Array, signal?: AbortSignal): DecodedWorkbook {
  let workbook: Xlsx.WorkBook;
  try {
    workbook = xlsx.read(bytes, { type: 'array', cellDates: true, UTC: true, dense: true, bookVBA: true });
  } catch (error) {
    throw new DecodeError(engineDetail(error));
  }
  const sheets: WorkbookSheet[] = [];
  for (const name of workbook.SheetNames) {
    signal?.throwIfAborted();
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = xlsx.utils.sheet_to_json<SheetCell[]>(sheet, { header: 1, raw: true, defval: null, UTC: true });
    const nonEmpty = rows.filter((r) => r.some((v) => v !== null && v !== undefined && v !== ''));
    if (nonEmpty.length >= 2) sheets.push({ name, rows: nonEmpty.length - 1, csv: rowsToCsv(nonEmpty) });
  }
  return { macros: Boolean(workbook.vbaraw), sheets };
}
