import type * as Xlsx from '@e965/xlsx';
import { DecodeError, type DecodedWorkbook, type WorkbookSheet } from './decoders';
import { engineDetail } from './errors';
import { cleanText, isDateFormat, serialDatesToDates } from './excel-serial';
import { rowsToCsv, type SheetCell } from './sheet-csv';

/** What this code uses of SheetJS. */
export type SheetJs = Pick<typeof Xlsx, 'read' | 'utils'>;

/** Columns (counted from the sheet's first used column) with a number cell formatted as a date or time. */
function dateFormattedColumns(xlsx: SheetJs, sheet: Xlsx.WorkSheet): Set<number> {
  const columns = new Set<number>();
  const data = sheet['!data'];
  if (!data || !sheet['!ref']) return columns;
  const first = xlsx.utils.decode_range(sheet['!ref']).s.c;
  for (const row of data) {
    row?.forEach((cell, c) => {
      if (cell?.t === 'n' && isDateFormat(typeof cell.z === 'string' ? cell.z : undefined)) columns.add(c - first);
    });
  }
  return columns;
}

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
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  for (const name of workbook.SheetNames) {
    signal?.throwIfAborted();
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const raw = xlsx.utils.sheet_to_json<SheetCell[]>(sheet, { header: 1, raw: true, defval: null, UTC: true });
    const rows = raw.map((r) => r.map((v) => (typeof v === 'string' ? cleanText(v) : v)));
    const nonEmpty = rows.filter((r) => r.some((v) => v !== null && v !== undefined && v !== ''));
    if (nonEmpty.length < 2) continue;
    const dated = serialDatesToDates(nonEmpty, dateFormattedColumns(xlsx, sheet), date1904);
    sheets.push({ name, rows: nonEmpty.length - 1, csv: rowsToCsv(dated) });
  }
  return { macros: Boolean(workbook.vbaraw), sheets };
}
