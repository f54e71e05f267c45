import type { Table } from 'apache-arrow';
import { join, lit, raw, sql, type Fragment } from '../sql';
import { STORE_STATEMENTS } from './stores';

/** Who waits on a statement: a user looking at an empty grid, or a panel filling in behind. */
export type StatementPriority = 'interactive' | 'background';

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

export interface QueryOptions {
  /** At most this many rows are brought over (default 100k); the engine stops reading the result there. */
  readonly maxRows?: number;
  /**
   * Stops this statement, and only this one: still queued, it never starts; running, the engine cancels it. Either
   * way the promise rejects with a `QueryCancelledError` and the engine is free for the next statement.
   */
  readonly signal?: AbortSignal;
  /**
   * `interactive` for what a user is looking at and waiting for (a grid's rows): it goes ahead of background
   * statements still waiting in the engine (never of one already running). Default `background`.
   */
  readonly priority?: StatementPriority;
}

/** Statements inside `Engine.transaction`: they run on the engine while nothing else may. */
export interface Transaction {
  query(statement: Fragment): Promise<QueryResult>;
}

/**
 * File formats the engine writes with `COPY … TO`. Not Parquet: in duckdb-wasm 1.32 `COPY … (format parquet)` needs
 * the parquet extension ("Copy Function with name parquet is not in the catalog"), which it would fetch from the
 * network; a Parquet export encodes `exportArrowIPC` bytes with the Parquet library instead.
 */
export type ExportFormat = 'csv' | 'csv-rows';

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
  query(statement: Fragment, options?: QueryOptions): Promise<QueryResult>;
  /**
   * Runs one statement and hands its rows over a batch at a time (a batch is what the engine produced, up to a
   * few thousand rows), so a result of any size passes through without being held whole.
   */
  stream(statement: Fragment, options?: { signal?: AbortSignal }): AsyncIterable<QueryResult>;
  /**
   * Runs `work` inside `begin transaction … commit` (rollback when it throws) while every other statement waits.
   * Inside, use only `tx.query`: calling `engine.query` from `work` would wait for the transaction to end.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Writes a statement's result as a file with `COPY … TO`; returns its bytes. `csv`: UTF-8 with a header row;
   * `csv-rows`: the same without it (a page of a longer file).
   */
  exportFile(statement: Fragment, format: ExportFormat): Promise<Uint8Array>;
  /** Makes a file readable by name in SQL (`read_csv('name')`), read in place where the runtime allows. */
  registerFile(name: string, source: FileSource): Promise<void>;
  /** Forgets a registered file. */
  dropFile(name: string): Promise<void>;
  /** Creates (or appends to) a table from an Arrow table. */
  insertArrow(table: Table, target: { name: string; create: boolean }): Promise<void>;
  /** Runs one statement and returns its result as Arrow IPC stream bytes (to store a table outside DuckDB). */
  exportArrowIPC(statement: Fragment): Promise<Uint8Array>;
  /** Creates (or appends to) a table from Arrow IPC stream bytes, decoded by the engine itself. */
  insertArrowIPC(bytes: Uint8Array, target: { name: string; create: boolean }): Promise<void>;
  /** Makes an `opfs://` file usable in SQL (e.g. `ATTACH`); rejects where the runtime has no OPFS. */
  registerOpfsFile(url: string): Promise<void>;
  /** Creates a table from a registered JSON file holding an array of objects (no extension needed). */
  insertJSON(path: string, target: { name: string }): Promise<void>;
  /** How much memory the engine's tables use now, and the most it may use. */
  memory(): Promise<EngineMemory>;
  /** Listens to the running statement's progress (0..1); returns the unsubscribe function. */
  onProgress(listener: (fraction: number) => void): () => void;
  /** Shuts the engine down; the object cannot be used afterwards. */
  close(): Promise<void>;
}

export interface EngineMemory {
  /** Bytes held by DuckDB's buffer manager now. */
  readonly usedBytes: number;
  /** DuckDB's memory limit in bytes. */
  readonly limitBytes: number;
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
  // Off by default outside DuckDB's own shell; duckdb-wasm forwards progress only when it is on.
  'SET enable_progress_bar = true',
  ...STORE_STATEMENTS,
];

/** Where the app's own files live in the engine's file system: files registered to be read, and exports. */
export const APP_FILE_DIRECTORIES: readonly string[] = ['ingest/', 'export/'];

/**
 * Run after the start-up statements, so that no statement, the workbench's least of all, can reach the network or
 * a file the app did not register: files outside `directories` are refused, extensions cannot be loaded, and the
 * configuration is locked so a statement cannot turn this off again (DuckDB refuses to re-enable external access
 * and to change the allowed directories once it is off). `SET search_path` and `ATTACH ':memory:'` still work.
 */
export function guardStatements(directories: readonly string[], lock = true): readonly string[] {
  return [
    sql`set allowed_directories = [${join(directories.map(lit), ', ')}]`.text,
    'SET enable_external_access = false',
    ...(lock ? ['SET lock_configuration = true'] : []),
  ];
}

/** Memory used and allowed, in bytes, asked of DuckDB itself. */
export const MEMORY_QUERY = raw(
  "select coalesce(sum(memory_usage_bytes), 0)::double as used, (select value from duckdb_settings() where name = 'memory_limit') as lim from duckdb_memory()",
);

/** Parses DuckDB's memory text (`3.1 GiB`, `512.0 MiB`) into bytes. */
export function parseMemory(text: string): number {
  const match = /^([\d.]+)\s*([KMGT]i?B|bytes)?/i.exec(text.trim());
  if (!match) return Number.POSITIVE_INFINITY;
  const units: Record<string, number> = {
    KIB: 2 ** 10,
    MIB: 2 ** 20,
    GIB: 2 ** 30,
    TIB: 2 ** 40,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
  };
  return Number(match[1]) * (units[(match[2] ?? '').toUpperCase()] ?? 1);
}

export const DEFAULT_MAX_ROWS = 100_000;
