import type * as ParquetWasm from 'parquet-wasm/esm';
import type { Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { EXPORT_PAGE_ROWS, withExportPages } from './export-pages';
import type { ExportedFile } from './exported-file';

/** What this code uses of parquet-wasm (its browser and Node builds both have it). */
export type ParquetWriter = Pick<
  typeof ParquetWasm,
  'Table' | 'transformParquetStream' | 'writeParquet' | 'WriterPropertiesBuilder' | 'Compression'
>;

/**
 * The result as a Parquet file. DuckDB-wasm cannot write Parquet here (`COPY … (format parquet)` needs the parquet
 * extension, which it would fetch from the network), so the result is read back as Arrow a page at a time into
 * parquet-wasm's streaming writer: one page, one row group.
 */
export async function parquetFile(
  engine: Engine,
  statement: Fragment,
  load: () => Promise<ParquetWriter>,
): Promise<ExportedFile> {
  const parquet = await load();
  return withExportPages(engine, statement, async (pages) => {
    const page = (start: number) => engine.exportArrowIPC(pages.page(start, EXPORT_PAGE_ROWS));
    const properties = () => new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
    if (pages.rows === 0) {
      const empty = parquet.writeParquet(parquet.Table.fromIPCStream(await page(0)), properties());
      return { blob: new Blob([new Uint8Array(empty)]), unmapped: 0 };
    }
    let next = 0;
    const batches = new ReadableStream({
      async pull(controller) {
        if (next >= pages.rows) return controller.close();
        const pageTable = parquet.Table.fromIPCStream(await page(next));
        next += EXPORT_PAGE_ROWS;
        for (const batch of pageTable.recordBatches()) controller.enqueue(batch);
        pageTable.free();
      },
    });
    const parts: Uint8Array<ArrayBuffer>[] = [];
    const output = await parquet.transformParquetStream(batches, properties());
    for await (const chunk of output as unknown as AsyncIterable<Uint8Array>) parts.push(new Uint8Array(chunk));
    return { blob: new Blob(parts, { type: 'application/vnd.apache.parquet' }), unmapped: 0 };
  });
}
