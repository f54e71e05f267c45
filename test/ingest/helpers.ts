import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/engine/engine';
import { ingestSources, sourceFromBytes, type IngestOptions, type IngestResult } from '../../src/ingest/ingest';
import { PARQUET_BATCH_ROWS, type ParquetDecoder } from '../../src/ingest/parquet-reader';
import type { LoadedTable } from '../../src/ingest/types';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');

/** parquet-wasm's Node build, which loads its wasm from disk. */
export async function nodeParquet(): Promise<ParquetDecoder> {
  const module = await import('parquet-wasm/node');
  return (bytes) => module.readParquet(bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
}

export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Loads named fixture files (or given bytes) through the real ingest path. */
export async function load(
  engine: Engine,
  files: readonly (string | { name: string; bytes: Uint8Array<ArrayBuffer> })[],
  options: Partial<IngestOptions> = {},
): Promise<IngestResult[]> {
  const taken = (await engine.query('select table_name from duckdb_tables()')).rows.map((r) => String(r.table_name));
  const sources = files.map((f) =>
    typeof f === 'string' ? sourceFromBytes(f, fixture(f)) : sourceFromBytes(f.name, f.bytes),
  );
  return ingestSources(engine, sources, { takenTables: taken, parquet: nodeParquet, ...options });
}

/** The one table a single good file made; fails the test with the error otherwise. */
export async function loadOne(
  engine: Engine,
  file: string,
  options: Partial<IngestOptions> = {},
): Promise<LoadedTable> {
  const [result] = await load(engine, [file], options);
  if (!result?.ok) throw new Error(`expected ${file} to load: ${result?.error.message}`);
  const table = result.tables[0];
  if (!table) throw new Error(`${file} made no table`);
  return table;
}
