import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/engine/engine';
import { ingestSources, sourceFromBytes, type IngestOptions, type IngestResult } from '../../src/ingest/ingest';
import type { Decoders } from '../../src/ingest/decoders';
import { inThreadExcelDecoder, inThreadParquetDecoder } from '../../src/ingest/in-thread-decoders';
import type { LoadedTable, ProgressListener } from '../../src/ingest/types';
import { raw } from '../../src/sql';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');

/** The decoders in the test's own thread (Node has no Web Workers); parquet-wasm's Node build reads its wasm from disk. */
export const nodeDecoders: Decoders = {
  parquet: inThreadParquetDecoder(() => import('parquet-wasm/node')),
  excel: inThreadExcelDecoder,
};

export function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** Loads named fixture files (or given bytes) through the real ingest path. */
export async function load(
  engine: Engine,
  files: readonly (string | { name: string; bytes: Uint8Array<ArrayBuffer> })[],
  options: Partial<IngestOptions> = {},
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<IngestResult[]> {
  const taken = (await engine.query(raw('select table_name from duckdb_tables()'))).rows.map((r) =>
    String(r.table_name),
  );
  const sources = files.map((f) =>
    typeof f === 'string' ? sourceFromBytes(f, fixture(f)) : sourceFromBytes(f.name, f.bytes),
  );
  return ingestSources(engine, sources, { takenTables: taken, ...nodeDecoders, ...options }, onProgress, signal);
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
