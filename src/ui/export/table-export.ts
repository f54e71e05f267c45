import type { Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { csvFile } from './csv-file';
import type { ExportedFile, TableFormat } from './exported-file';
import type { ParquetWriter } from './parquet-file';

export interface TableExportOptions {
  /** The name the file (and an Excel sheet) is given, without extension. */
  readonly name: string;
  /** parquet-wasm; the browser build by default (tests pass Node's). */
  readonly parquet?: () => Promise<ParquetWriter>;
}

/** Writes a query's whole result in one of the table formats. Each format's library loads only when asked for. */
export async function exportTable(
  engine: Engine,
  statement: Fragment,
  format: TableFormat,
  options: TableExportOptions,
): Promise<ExportedFile> {
  switch (format) {
    case 'csv':
      return csvFile(engine, statement, 'utf-8');
    case 'csv-gbk':
      return csvFile(engine, statement, 'gbk');
    case 'xlsx':
      return (await import('./xlsx-file')).xlsxFile(engine, statement, options.name);
    case 'parquet': {
      const { parquetFile } = await import('./parquet-file');
      const load = options.parquet ?? (await import('./parquet-wasm')).loadParquetWriter;
      return parquetFile(engine, statement, load);
    }
  }
}
