import type { Engine } from '../engine/engine';
import { ident, sql } from '../sql';
import type { Decoders } from './decoders';
import { readOne } from './read-one';
import { rejectedTableName, renameRejected } from './rejects-table';
import { dropTable } from './table-info';
import { tableNameFor } from './table-names';
import type { CsvOptions, IngestSource, LoadedTable, ProgressListener } from './types';

/**
 * Reads a text file again with changed options into the same table name. The new read goes to a side
 * table first, so when it fails the table the user already had is untouched.
 */
export async function rereadSource(
  engine: Engine,
  source: IngestSource,
  table: string,
  csv: CsvOptions,
  decoders: Decoders,
  takenTables: readonly string[],
  onProgress: ProgressListener = () => undefined,
  signal?: AbortSignal,
): Promise<LoadedTable> {
  const side = tableNameFor(`${table}_reread`, takenTables);
  const [loaded] = await readOne(engine, source, { ...decoders, csv, tableFor: () => side }, onProgress, signal);
  if (!loaded) throw new Error(`Reading ${source.name} again produced no table`);
  try {
    await engine.transaction(async (tx) => {
      await tx.query(sql`drop table if exists ${ident(table)}`);
      await tx.query(sql`alter table ${ident(side)} rename to ${ident(table)}`);
      await renameRejected(tx, side, table);
    });
  } catch (error) {
    await dropTable(engine, side);
    throw error;
  }
  const rejected = loaded.rejected && { ...loaded.rejected, table: rejectedTableName(table) };
  return { ...loaded, table, ...(rejected ? { rejected } : {}) };
}
