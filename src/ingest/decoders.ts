/**
 * The file's bytes could not be decoded; the message is the decoding library's own. Readers turn it into
 * the `IngestError` that names the file and says what to do.
 */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** Decodes a Parquet file into Arrow IPC stream bytes; fails with a `DecodeError` when it is not valid Parquet. */
export type ParquetDecoder = (file: Blob, signal?: AbortSignal) => Promise<Uint8Array>;

/** One sheet with data, as UTF-8 CSV with a header row (the CSV reader then detects the types). */
export interface WorkbookSheet {
  readonly name: string;
  /** Data rows, the header not counted. */
  readonly rows: number;
  readonly csv: Blob;
}

export interface DecodedWorkbook {
  /** Whether the workbook carries VBA macros (never run, only reported). */
  readonly macros: boolean;
  /** Every sheet with a header and at least one data row, in workbook order. */
  readonly sheets: readonly WorkbookSheet[];
}

/** Decodes an Excel workbook; fails with a `DecodeError` when it is damaged or password-protected. */
export type ExcelDecoder = (file: Blob, signal?: AbortSignal) => Promise<DecodedWorkbook>;

/**
 * Where binary formats are decoded, each loaded on first use: on a worker in the browser (see
 * `worker-decoders`), in the calling thread under Node, where the tests run.
 */
export interface Decoders {
  readonly parquet: () => Promise<ParquetDecoder>;
  readonly excel: () => Promise<ExcelDecoder>;
}
