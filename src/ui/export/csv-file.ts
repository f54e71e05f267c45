import type { Engine } from '../../engine/engine';
import type { Fragment } from '../../sql';
import { encodeGbk } from './gbk';
import type { ExportedFile } from './exported-file';

/** The UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
/** Bytes of UTF-8 converted to GBK at a time, so a large file never becomes one huge string. */
const CHUNK_BYTES = 1 << 20;

/**
 * The result as CSV, written by the engine itself (`COPY … TO` in its worker: no rows pass through this thread).
 * UTF-8 starts with a byte order mark for Excel; GBK (for older Chinese Excel and systems) is converted here.
 */
export async function csvFile(engine: Engine, statement: Fragment, encoding: 'utf-8' | 'gbk'): Promise<ExportedFile> {
  const utf8 = await engine.exportFile(statement, 'csv');
  if (encoding === 'utf-8')
    return { blob: new Blob([BOM, utf8 as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }), unmapped: 0 };
  const decoder = new TextDecoder('utf-8');
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let unmapped = 0;
  for (let start = 0; start < utf8.length; start += CHUNK_BYTES) {
    const end = Math.min(utf8.length, start + CHUNK_BYTES);
    const text = decoder.decode(utf8.subarray(start, end), { stream: end < utf8.length });
    const encoded = encodeGbk(text);
    parts.push(new Uint8Array(encoded.bytes));
    unmapped += encoded.unmapped;
    // Lets the page paint between chunks of a large file.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { blob: new Blob(parts, { type: 'text/csv;charset=gbk' }), unmapped };
}
