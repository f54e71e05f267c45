import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Cell, Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { kindOf, type ColumnKind } from '../grid/column-kind';
import { describeSql } from '../grid/grid-sql';
import { TooManyRowsError, XLSX_MAX_ROWS, type ExportedFile } from './exported-file';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (30 December 1899) to 1 January 1970. */
const UNIX_EPOCH_SERIAL = 25_569;
const FORMAT: Partial<Record<ColumnKind, string>> = { date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm:ss' };
const pad = (n: number) => String(n).padStart(2, '0');

/** One value as a sheet cell; dates become Excel serial days in UTC (the wall time the data shows). */
function sheetCell(value: Cell, kind: ColumnKind): CellObject | undefined {
  if (value === null) return undefined;
  if (value instanceof Date) return { t: 'n', v: value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL, z: FORMAT[kind] };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'number') {
    if (kind !== 'time') return { t: 'n', v: value };
    const seconds = Math.floor(value / 1e6);
    const text = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
    return { t: 's', v: text };
  }
  return { t: 's', v: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'data'
  );
}

/**
 * The result as an Excel workbook of one sheet, read from the engine a batch at a time. SheetJS builds the whole
 * workbook in memory, so this is the one export that holds every row on this thread; it refuses results larger
 * than a sheet (1,048,575 rows under the header) before building anything that large.
 */
export async function xlsxFile(engine: Engine, statement: Fragment, name: string): Promise<ExportedFile> {
  const xlsx = await import('@e965/xlsx');
  const described = await engine.query(describeSql(statement));
  const columns = described.rows.map((r) => ({ name: String(r.column_name), kind: kindOf(String(r.column_type)) }));
  const data: (CellObject | undefined)[][] = [columns.map((c) => ({ t: 's', v: c.name }))];
  const controller = new AbortController();
  for await (const batch of engine.stream(statement, { signal: controller.signal })) {
    if (data.length - 1 + batch.rows.length > XLSX_MAX_ROWS) {
      controller.abort();
      throw new TooManyRowsError(XLSX_MAX_ROWS);
    }
    for (const row of batch.rows) data.push(columns.map((c) => sheetCell(row[c.name] ?? null, c.kind)));
  }
  const sheet: WorkSheet = {
    '!data': data as CellObject[][],
    '!ref': xlsx.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: data.length - 1, c: Math.max(0, columns.length - 1) },
    }),
  };
  const workbook = xlsx.utils.book_new();
  xlsx.utils.book_append_sheet(workbook, sheet, sheetName(name));
  const bytes = xlsx.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { blob: new Blob([bytes], { type }), unmapped: 0 };
}
