import type * as ParquetWasm from 'parquet-wasm/esm';
import type { Engine } from '../../engine/engine';
import { ident, sql, type Fragment } from '../../sql';
import type { ExportedFile } from './exported-file';

/** What this code uses of parquet-wasm (its browser and Node builds both have it). */
export type ParquetWriter = Pick<
  typeof ParquetWasm,
  'Table' | 'transformParquetStream' | 'writeParquet' | 'WriterPropertiesBuilder' | 'Compression'
>;

/** Rows read from the engine at a time: one Arrow page, one Parquet row group. */
export const PARQUET_PAGE_ROWS = 100_000;

let made = 0;

/**
 * The result as a Parquet file. DuckDB-wasm cannot write Parquet here (`COPY … (format parquet)` needs the parquet
 * extension, which it would fetch from the network), so the result is kept in a temporary table in the engine and
 * read back as Arrow a page at a time, by row number, into parquet-wasm's streaming writer. A page is the most
 * this thread holds; a temporary table, not `limit … offset`, because a query's own row order may differ between
 * runs.
 */
export async function parquetFile(
  engine: Engine,
  statement: Fragment,
  load: () => Promise<ParquetWriter>,
): Promise<ExportedFile> {
  const parquet = await load();
  const table = ident(`callsight_export_${Date.now()}_${++made}`);
  await engine.query(sql`create temp table ${table} as select * from (${statement}) as export_source`);
  try {
    const rows = Number((await engine.query(sql`select count(*) as n from ${table}`)).rows[0]?.n ?? 0);
    const page = (start: number) =>
      engine.exportArrowIPC(
        sql`select * from ${table} where rowid >= ${start} and rowid < ${start + PARQUET_PAGE_ROWS}`,
      );
    const properties = () => new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
    if (rows === 0) {
      const empty = parquet.writeParquet(parquet.Table.fromIPCStream(await page(0)), properties());
      return { blob: new Blob([new Uint8Array(empty)]), unmapped: 0 };
    }
    let next = 0;
    const batches = new ReadableStream({
      async pull(controller) {
        if (next >= rows) return controller.close();
        const pageTable = parquet.Table.fromIPCStream(await page(next));
        next += PARQUET_PAGE_ROWS;
        for (const batch of pageTable.recordBatches()) controller.enqueue(batch);
        pageTable.free();
      },
    });
    const parts: Uint8Array<ArrayBuffer>[] = [];
    const output = await parquet.transformParquetStream(batches, properties());
    for await (const chunk of output as unknown as AsyncIterable<Uint8Array>) parts.push(new Uint8Array(chunk));
    return { blob: new Blob(parts, { type: 'application/vnd.apache.parquet' }), unmapped: 0 };
  } finally {
    await engine.query(sql`drop table if exists ${table}`).catch(() => undefined);
  }
}
