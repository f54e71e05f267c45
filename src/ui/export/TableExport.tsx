import type { Engine } from '../../engine/engine';
import { useLanguageStore, useT } from '../../i18n/react';
import type { Fragment } from '../../sql';
import { download } from './download';
import { EXTENSION, TooManyRowsError, XLSX_MAX_ROWS, type TableFormat } from './exported-file';
import { ExportMenu } from './ExportMenu';
import { exportTable } from './table-export';

interface Props {
  readonly engine: Engine;
  /** The statement whose whole result is exported (asked for at the click, so it is the current one). */
  readonly query: () => Fragment;
  /** The file's name, without extension. */
  readonly fileName: string;
  /** Rows of the result when known: Excel is offered only when they fit a sheet. */
  readonly rows?: number;
  readonly testId?: string;
}

const FORMATS: readonly TableFormat[] = ['csv', 'csv-gbk', 'xlsx', 'parquet'];
const LABEL: Record<TableFormat, string> = {
  csv: 'export.csv',
  'csv-gbk': 'export.csvGbk',
  xlsx: 'export.xlsx',
  parquet: 'export.parquet',
};

/** Export of a table: CSV (UTF-8 or GBK), Excel or Parquet, written from SQL, never from what is on screen. */
export function TableExport({ engine, query, fileName, rows, testId }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const tooMany = rows !== undefined && rows > XLSX_MAX_ROWS;
  const limit = XLSX_MAX_ROWS.toLocaleString(language);
  const run = async (format: TableFormat) => {
    const file = `${fileName}.${EXTENSION[format]}`;
    try {
      const made = await exportTable(engine, query(), format, { name: fileName });
      download(made.blob, file);
      return made.unmapped > 0 ? t('export.unmapped', { file, count: made.unmapped }) : t('export.done', { file });
    } catch (error) {
      if (error instanceof TooManyRowsError) throw new Error(t('export.tooMany', { limit }));
      throw new Error(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const choices = FORMATS.map((format) => ({
    id: format,
    label:
      format === 'xlsx' && tooMany
        ? t('export.xlsxTooMany', { rows: rows.toLocaleString(language), limit })
        : t(LABEL[format]),
    disabled: format === 'xlsx' && tooMany,
    run: () => run(format),
  }));
  return <ExportMenu name={fileName} choices={choices} note={t('export.fromQuery')} testId={testId} />;
}
