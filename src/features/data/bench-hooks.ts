import type { Engine } from '../../engine/engine';
import { dropTable, sourceFromFile, type CsvOptions } from '../../ingest';
import { ingestSources, workerDecoders } from '../../ingest/pipeline';

export interface BenchIngest {
  readonly ms: number;
  readonly rows: number;
  /** DuckDB's memory use right after the load, in bytes. */
  readonly memoryBytes: number;
  readonly error?: string;
  /** The tables made, when kept. */
  readonly tables?: readonly { table: string; columns: readonly { name: string; type: string }[] }[];
}

/** Loads a file through the real ingest path, times it, then drops what it made unless `keep` (for `npm run bench`). */
export async function benchIngest(engine: Engine, file: File, csv?: CsvOptions, keep = false): Promise<BenchIngest> {
  const started = performance.now();
  const [result] = await ingestSources(engine, [sourceFromFile(file)], {
    takenTables: [],
    csv,
    ...workerDecoders,
  });
  const ms = performance.now() - started;
  if (!result?.ok) return { ms, rows: 0, memoryBytes: 0, error: result?.error.message };
  const memoryBytes = (await engine.memory()).usedBytes;
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  if (keep)
    return { ms, rows, memoryBytes, tables: result.tables.map((t) => ({ table: t.table, columns: t.columns })) };
  for (const table of result.tables) await dropTable(engine, table.table);
  return { ms, rows, memoryBytes };
}
