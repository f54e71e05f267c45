/** The file formats ingest reads. */
export type FileFormat = 'csv' | 'excel' | 'parquet' | 'json' | 'ndjson' | 'arrow';

/** Text encodings ingest detects and decodes (names as `TextDecoder` knows them). */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** CSV choices the sniffer may get wrong; anything left out is detected. */
export interface CsvOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly header?: boolean;
  /** The quote character, or the empty string for none. */
  readonly quote?: string;
  readonly decimalComma?: boolean;
  /** A DuckDB `strptime` format such as `%d/%m/%Y`. */
  readonly dateFormat?: string;
  /** Skip rows that do not parse (ragged rows, stray quotes) instead of refusing the file. */
  readonly skipBadRows?: boolean;
}

/** What the CSV sniffer settled on, shown next to the preview so the user can correct it. */
export interface DetectedCsv {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly quote: string;
  readonly header: boolean;
  readonly decimalComma: boolean;
  readonly dateFormat: string;
  readonly skipBadRows: boolean;
}

export interface IngestColumn {
  readonly name: string;
  /** DuckDB type name, e.g. `VARCHAR`, `BIGINT`, `TIMESTAMP`. */
  readonly type: string;
}

/** Something the user should know about a table that did load. */
export interface IngestNotice {
  /** Message key suffix under `ingest.notice.`. */
  readonly code:
    'mixedTypes' | 'duplicateColumn' | 'emptyColumnName' | 'converted' | 'macrosIgnored' | 'skippedRows' | 'compressed';
  readonly params: Readonly<Record<string, string | number>>;
}

/** One table made from a file (a workbook gives one per sheet). */
export interface LoadedTable {
  readonly file: string;
  readonly sheet?: string;
  readonly table: string;
  readonly label: string;
  readonly format: FileFormat;
  readonly rows: number;
  readonly columns: readonly IngestColumn[];
  readonly csv?: DetectedCsv;
  readonly notices: readonly IngestNotice[];
  /** Rows of the file that could not be read and were set aside, if any. */
  readonly rejected?: RejectSummary;
}

/** Why a row of a text file could not be read. */
export type RejectProblem =
  'tooManyFields' | 'tooFewFields' | 'unclosedQuote' | 'badCharacters' | 'lineTooLong' | 'other';

/** A row set aside: the file's own line number (line 1 is the first line) and its text as it is in the file. */
export interface RejectedLine {
  readonly line: number;
  readonly problem: RejectProblem;
  readonly text: string;
}

/** The rows of one file that could not be read. */
export interface RejectSummary {
  readonly file: string;
  /** Rows set aside. */
  readonly count: number;
  /** Rows of the file: those loaded and those set aside. */
  readonly total: number;
  /** The SQL table that keeps every set-aside row: `file`, `line`, `problem`, `raw_text`. */
  readonly table: string;
  /** Every kind of problem met, most frequent first. */
  readonly problems: readonly RejectProblem[];
  /** The first rows set aside, in file order. */
  readonly first: readonly RejectedLine[];
  /** Judged from the file's first rows only, before reading the rest. */
  readonly sampled?: boolean;
}

/** Asked when many rows cannot be read (see `needsAsking`): true loads the rows that can be, false nothing. */
export type RejectConfirm = (summary: RejectSummary) => Promise<boolean>;

/** Where one load stands; `bytesDone` is an estimate while the engine reads. */
export interface IngestProgress {
  readonly file: string;
  readonly phase: 'decode' | 'read' | 'convert';
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rows?: number;
}

export type ProgressListener = (progress: IngestProgress) => void;

/** A named blob: a picked or dropped `File`, or fetched bytes wrapped in one. */
export interface IngestSource {
  readonly name: string;
  readonly blob: Blob;
  /** Identifies the same file dropped again (name, size, modification time). */
  readonly fingerprint: string;
}

/** A sheet with data, as offered to the user before it is loaded. */
export interface SheetSummary {
  readonly name: string;
  /** Data rows, the header not counted. */
  readonly rows: number;
}

/** Asks which sheets of a workbook to load; answers their names, or none to load nothing from the file. */
export type SheetChooser = (file: string, sheets: readonly SheetSummary[]) => Promise<readonly string[]>;
