import type { Engine } from '../engine/engine';
import { ident, join, raw, sql } from '../sql';
import type { CallsightDb, DatasetRecord } from './db';
import { guardWrite } from './write-errors';

/** Rows per stored chunk: bounds the memory a save or a restore needs at once (~30 MB for calls). */
export const CHUNK_ROWS = 250_000;

/** What the app knows about a loaded table (the datasets store's `Dataset`). */
export interface DatasetMeta {
  readonly id: string;
  readonly table: string;
  readonly label: string;
  readonly sources: readonly string[];
  readonly rows: number;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly sample?: boolean;
}

/**
 * Writes a table's rows as Arrow IPC chunks into IndexedDB. Chunks go to a fresh chunk set first; only when all
 * are written does one small transaction point the dataset at them and drop the old set, so a full disk midway
 * leaves the previous copy intact.
 */
export async function saveDataset(
  db: CallsightDb,
  engine: Engine,
  meta: DatasetMeta,
  now = Date.now(),
): Promise<DatasetRecord> {
  const chunkSet = `${meta.id}@${now}`;
  const bounds = await engine.query(sql`select coalesce(max(rowid), -1) as hi from ${ident(meta.table)}`);
  const maxRowid = Number(bounds.rows[0]?.hi ?? -1);
  let bytes = 0;
  let index = 0;
  try {
    for (let lo = 0; lo <= maxRowid || index === 0; lo += CHUNK_ROWS) {
      const data = await engine.exportArrowIPC(
        sql`select * from ${ident(meta.table)} where rowid >= ${lo} and rowid < ${lo + CHUNK_ROWS} order by rowid`,
      );
      await guardWrite(() => db.datasetChunks.put({ chunkSet, index, data }));
      bytes += data.byteLength;
      index += 1;
    }
    const record: DatasetRecord = {
      id: meta.id,
      table: meta.table,
      label: meta.label,
      sources: [...meta.sources],
      rows: meta.rows,
      columns: meta.columns.map((c) => ({ name: c.name, type: c.type })),
      ...(meta.sample ? { sample: true } : {}),
      savedAt: now,
      bytes,
      chunks: index,
      chunkSet,
      format: 'arrow-ipc-stream',
    };
    await guardWrite(() =>
      db.transaction('rw', db.datasets, db.datasetChunks, async () => {
        const previous = await db.datasets.get(meta.id);
        await db.datasets.put(record);
        if (previous && previous.chunkSet !== chunkSet)
          await db.datasetChunks.where('chunkSet').equals(previous.chunkSet).delete();
      }),
    );
    return record;
  } catch (error) {
    await db.datasetChunks
      .where('chunkSet')
      .equals(chunkSet)
      .delete()
      .catch(() => undefined);
    throw error;
  }
}

/** Recreates a stored table in the engine, with the column types it had when saved. */
export async function restoreDataset(db: CallsightDb, engine: Engine, record: DatasetRecord): Promise<void> {
  const staging = `__callsight_restore_${record.id}`;
  await engine.query(sql`drop table if exists ${ident(staging)}`);
  for (let index = 0; index < record.chunks; index++) {
    const chunk = await db.datasetChunks.get([record.chunkSet, index]);
    if (!chunk)
      throw new Error(
        `Stored rows of ${record.label} are incomplete (part ${index + 1} of ${record.chunks} is missing)`,
      );
    await engine.insertArrowIPC(chunk.data, { name: staging, create: index === 0 });
  }
  const actual = await engine.query(
    sql`select column_name as name, data_type as type from information_schema.columns where table_name = ${staging} order by ordinal_position`,
  );
  const castable = record.columns.every((c, i) => actual.rows[i]?.name === c.name && SAFE_TYPE.test(c.type));
  const same = record.columns.every((c, i) => String(actual.rows[i]?.type).toUpperCase() === c.type.toUpperCase());
  await engine.query(sql`drop table if exists ${ident(record.table)}`);
  if (same || !castable) {
    await engine.query(sql`alter table ${ident(staging)} rename to ${ident(record.table)}`);
    return;
  }
  // Results leave the engine with BIGINT and DECIMAL as DOUBLE; cast back so the table is what was saved.
  const list = join(
    record.columns.map((c) => sql`cast(${ident(c.name)} as ${raw(c.type)}) as ${ident(c.name)}`),
    ', ',
  );
  await engine.query(sql`create table ${ident(record.table)} as select ${list} from ${ident(staging)}`);
  await engine.query(sql`drop table ${ident(staging)}`);
}

/** Deletes a stored dataset and its rows. */
export async function deleteStoredDataset(db: CallsightDb, id: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.datasets, db.datasetChunks, async () => {
      const record = await db.datasets.get(id);
      if (!record) return;
      await db.datasetChunks.where('chunkSet').equals(record.chunkSet).delete();
      await db.datasets.delete(id);
    }),
  );
}

/** Type names DuckDB reports that are safe to splice into a cast (a saved record is still untrusted input). */
const SAFE_TYPE = /^[A-Z][A-Z0-9_ ]*(\(\d+(, ?\d+)?\))?(\[\])*$/i;
