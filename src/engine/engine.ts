import type { Table } from 'apache-arrow';
import type { BoundSql } from '../sql';

/** A plain JavaScript value from a result cell: BIGINT/DECIMAL already converted to number. */
export type Cell = string | number | boolean | null | Date | Cell[] | { [key: string]: Cell };

export interface ColumnInfo {
  readonly name: string;
  /** Arrow type as text, e.g. `Utf8`, `Float64`, `Timestamp<MICROSECOND>`. */
  readonly type: string;
}

export interface QueryResult {
  readonly columns: readonly ColumnInfo[];
  readonly rows: readonly Record<string, Cell>[];
}

/** Where a registered file's bytes come from. */
export type FileSource = File | Uint8Array;

/**
 * The only door to DuckDB. One implementation runs on a dedicated worker in the browser, another on
 * duckdb-wasm's Node build for tests; the rest of the app sees only this interface.
 */
export interface Engine {
  /** DuckDB's version string, e.g. `v1.4.3`. */
  version(): Promise<string>;
  /** Runs one statement with bound parameters and returns plain rows (at most `maxRows`, default 100k). */
  query(statement: BoundSql | string, options?: { maxRows?: number }): Promise<QueryResult>;
  /** Runs one statement and returns the Arrow table as DuckDB produced it (for large or columnar use). */
  queryArrow(statement: BoundSql | string): Promise<Table>;
  /** Makes a file readable by name in SQL (`read_csv('name')`), read in place where the runtime allows. */
  registerFile(name: string, source: FileSource): Promise<void>;
  /** Forgets a registered file. */
  dropFile(name: string): Promise<void>;
  /** Creates (or appends to) a table from an Arrow table. */
  insertArrow(table: Table, target: { name: string; create: boolean }): Promise<void>;
  /** Cancels the statement now running, if any; it rejects with a `QueryCancelledError`. */
  cancel(): Promise<boolean>;
  /** Shuts the engine down; the object cannot be used afterwards. */
  close(): Promise<void>;
}

export class QueryCancelledError extends Error {
  constructor() {
    super('The query was cancelled');
    this.name = 'QueryCancelledError';
  }
}

/** Statements run once when an engine opens: nothing may be fetched from the network, ever. */
export const STARTUP_STATEMENTS: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

export const DEFAULT_MAX_ROWS = 100_000;
