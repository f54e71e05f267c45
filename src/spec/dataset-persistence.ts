import type { Engine } from '../engine/engine';
import { keepCompressed, tableIn } from '../engine/stores';
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
      // DuckDB preserves insertion order by default, so a rowid range scan needs no sort.
      const data = await engine.exportArrowIPC(
        sql`select * from ${ident(meta.table)} where rowid >= ${lo} and rowid < ${lo + CHUNK_ROWS}`,
      );
      await guardWrite(() =>
        db.datasetChunks.put({ chunkSet, index, data: new Blob([data as Uint8Array<ArrayBuffer>]) }),
      );
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
        // The engine has one table per name: a stored dataset with this table under another id is stale now.
        const stale = [
          await db.datasets.get(meta.id),
          await db.datasets.where('table').equals(meta.table).first(),
        ].filter((r): r is DatasetRecord => r !== undefined);
        for (const old of stale) {
          await db.datasetChunks.where('chunkSet').equals(old.chunkSet).delete();
          if (old.id !== meta.id) await db.datasets.delete(old.id);
        }
        await db.datasets.put(record);
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

/**
 * Recreates a stored table in the engine with the column types it had when saved. The rows are appended to a table
 * created with those types (results leave the engine with BIGINT and DECIMAL as DOUBLE; the append casts them back),
 * under a temporary name renamed at the end, so a half-restored table never shows.
 */
export async function restoreDataset(
  db: CallsightDb,
  engine: Engine,
  record: DatasetRecord,
): Promise<'restored' | 'already-loaded'> {
  // A table loaded while the app was starting wins; the stored copy stays untouched.
  const existing = await engine.query(
    sql`select count(*) as n from information_schema.tables where table_name = ${record.table}`,
  );
  if (Number(existing.rows[0]?.n) > 0) return 'already-loaded';
  const staging = `__callsight_restore_${record.id}`;
  await engine.query(sql`drop table if exists ${ident(staging)}`);
  const typed = record.columns.length > 0 && record.columns.every((c) => SAFE_TYPE.test(c.type));
  if (typed) {
    const columns = join(
      record.columns.map((c) => sql`${ident(c.name)} ${raw(c.type)}`),
      ', ',
    );
    // A table big enough to have gone to the compressed database when loaded goes back there.
    const compact = keepCompressed(record.rows * record.columns.length * BYTES_PER_CELL);
    await engine.query(sql`create table ${tableIn(staging, compact)} (${columns})`);
  }
  let next = readChunk(db, record, 0);
  for (let index = 0; index < record.chunks; index++) {
    const bytes = await next;
    // Read the next chunk from IndexedDB while the engine takes this one.
    if (index + 1 < record.chunks) {
      next = readChunk(db, record, index + 1);
      next.catch(() => undefined);
    }
    await engine.insertArrowIPC(bytes, { name: staging, create: !typed && index === 0 });
  }
  await engine.query(sql`alter table ${ident(staging)} rename to ${ident(record.table)}`);
  return 'restored';
}

async function readChunk(db: CallsightDb, record: DatasetRecord, index: number): Promise<Uint8Array> {
  const chunk = await db.datasetChunks.get([record.chunkSet, index]);
  if (!chunk) {
    throw new Error(
      `stored rows of “${record.label}” are incomplete (part ${index + 1} of ${record.chunks} is missing)`,
    );
  }
  return new Uint8Array(await chunk.data.arrayBuffer());
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
// A plain in-memory table takes about this much per value: 1M calls × 13 columns took 155 MB.
const BYTES_PER_CELL = 12;

const SAFE_TYPE = /^[A-Z][A-Z0-9_ ]*(\(\d+(, ?\d+)?\))?(\[\])*$/i;
