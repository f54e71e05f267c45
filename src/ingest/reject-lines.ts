const LF = 0x0a;
const CHUNK_BYTES = 8 * 2 ** 20;
// Bytes either side of a reported position that are looked at to find where the row really starts.
const WINDOW = 2;

/** Where a set-aside row was reported, in bytes of the whole text the engine read (pieces put back together). */
export interface RowAt {
  readonly position: number;
  readonly text: string;
}

/**
 * The file's own line number (line 1 is the first line, the header if any) of each row, counting line breaks
 * before it, so rows whose quoted fields hold line breaks count as the lines they take. The engine reports a
 * row at its first byte or the byte after; the row starts where a line starts and its text begins. One pass
 * over the text, line breaks searched natively.
 */
export async function lineNumbers(blob: Blob, rows: readonly RowAt[]): Promise<number[]> {
  const order = rows.map((_, i) => i).sort((a, b) => rows[a]!.position - rows[b]!.position);
  const lines = new Array<number>(rows.length).fill(0);
  let breaks = 0;
  let countedTo = 0;
  let chunk = new Uint8Array(0);
  let chunkStart = 0;
  const byteAt = async (at: number): Promise<number> => {
    if (at < chunkStart || at >= chunkStart + chunk.length) {
      chunkStart = at;
      chunk = new Uint8Array(await blob.slice(at, at + CHUNK_BYTES).arrayBuffer());
    }
    return chunk[at - chunkStart] ?? -1;
  };
  const countTo = async (end: number) => {
    while (countedTo < end) {
      if (countedTo < chunkStart || countedTo >= chunkStart + chunk.length) await byteAt(countedTo);
      // Past the end of the text: nothing more to count.
      if (countedTo >= chunkStart + chunk.length) break;
      const stop = Math.min(end, chunkStart + chunk.length) - chunkStart;
      let i = countedTo - chunkStart;
      for (;;) {
        const next = chunk.indexOf(LF, i);
        if (next < 0 || next >= stop) break;
        breaks++;
        i = next + 1;
      }
      countedTo = chunkStart + stop;
    }
  };
  for (const index of order) {
    const row = rows[index]!;
    const start = await rowStart(row, byteAt);
    await countTo(Math.max(start, countedTo));
    lines[index] = breaks + 1;
  }
  return lines;
}

async function rowStart(row: RowAt, byteAt: (at: number) => Promise<number>): Promise<number> {
  const first = new TextEncoder().encode(row.text.slice(0, 1))[0];
  let fallback = -1;
  for (let at = Math.max(0, row.position - WINDOW); at <= row.position + WINDOW; at++) {
    const lineStart = at === 0 || (await byteAt(at - 1)) === LF;
    if (!lineStart) continue;
    if (first === undefined || (await byteAt(at)) === first) return at;
    if (fallback < 0) fallback = at;
  }
  return fallback >= 0 ? fallback : row.position;
}
