/** A file made by an export, and what it could not carry. */
export interface ExportedFile {
  readonly blob: Blob;
  /** Characters the chosen encoding has no code for (written as `?`); 0 for every format but GBK CSV. */
  readonly unmapped: number;
}

export type TableFormat = 'csv' | 'csv-gbk' | 'xlsx' | 'parquet';

export const EXTENSION: Record<TableFormat, string> = {
  csv: 'csv',
  'csv-gbk': 'csv',
  xlsx: 'xlsx',
  parquet: 'parquet',
};

/** Rows an Excel sheet holds under its header row (1,048,576 rows in all). */
export const XLSX_MAX_ROWS = 1_048_575;

/** Thrown when a result has more rows than an Excel sheet holds. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`More than ${limit} rows`);
    this.name = 'TooManyRowsError';
  }
}
