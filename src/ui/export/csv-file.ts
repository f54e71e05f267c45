import type { Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { withExportPages } from './export-pages';
import { encodeGbk } from './gbk';
import type { ExportedFile } from './exported-file';

/** The UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
/**
 * Rows written by one `COPY` (about 2 MB). duckdb-wasm's in-memory file grows by each small write of the CSV
 * writer, so one `COPY` costs about the square of its size: 1M drill-list rows in one took 59 s, 500k 17 s, 250k
 * 5.0 s (reading the file back 0.2–1.3 s); in pages of 20k the 1M-row export took 16 s in all
 * (`bench/suites/exports.ts`, load ~17 on 2 cores).
 */
export const CSV_PAGE_ROWS = 20_000;
/** Bytes of UTF-8 converted to GBK at a time, so a large file never becomes one huge string. */
const CHUNK_BYTES = 1 << 20;

/**
 * The result as CSV, written by the engine itself (`COPY … TO` in its worker, so quoting, dates and numbers are
 * DuckDB's own) a page of rows at a time: the header with the first page, each later page without it.
 * UTF-8 starts with a byte order mark for Excel; GBK (for older Chinese Excel and systems) is converted here.
 */
export async function csvFile(engine: Engine, statement: Fragment, encoding: 'utf-8' | 'gbk'): Promise<ExportedFile> {
  return withExportPages(engine, statement, async (pages) => {
    const toGbk = gbkEncoder();
    const parts: Uint8Array<ArrayBuffer>[] = encoding === 'utf-8' ? [BOM] : [];
    // An empty result is still one page: its header row.
    for (let start = 0; start === 0 || start < pages.rows; start += CSV_PAGE_ROWS) {
      const utf8 = await engine.exportFile(pages.page(start, CSV_PAGE_ROWS), start === 0 ? 'csv' : 'csv-rows');
      if (encoding === 'utf-8') parts.push(utf8 as Uint8Array<ArrayBuffer>);
      else parts.push(...(await toGbk.pageParts(utf8)));
    }
    return encoding === 'utf-8'
      ? { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), unmapped: 0 }
      : { blob: new Blob(parts, { type: 'text/csv;charset=gbk' }), unmapped: toGbk.unmapped() };
  });
}

/** Converts pages of UTF-8 to GBK a megabyte at a time, counting the characters GBK has no code for. */
function gbkEncoder() {
  const decoder = new TextDecoder('utf-8');
  let unmapped = 0;
  return {
    unmapped: () => unmapped,
    async pageParts(utf8: Uint8Array): Promise<Uint8Array<ArrayBuffer>[]> {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for (let start = 0; start < utf8.length; start += CHUNK_BYTES) {
        const end = Math.min(utf8.length, start + CHUNK_BYTES);
        const encoded = encodeGbk(decoder.decode(utf8.subarray(start, end), { stream: end < utf8.length }));
        parts.push(new Uint8Array(encoded.bytes));
        unmapped += encoded.unmapped;
        // Lets the page paint between chunks of a large file.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return parts;
    },
  };
}
