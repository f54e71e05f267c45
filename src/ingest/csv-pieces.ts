import { IngestError } from './errors';

/** A byte range of a text file that starts at a row and ends after one. */
export interface Piece {
  readonly start: number;
  readonly end: number;
}

// Bytes scanned per step: one step stays well under the 50 ms a main-thread task may take.
const SCAN_BYTES = 8 * 2 ** 20;
const LF = 0x0a;

/**
 * Cuts a delimited text file into pieces of about `pieceBytes`, each cut after a line break that is outside
 * quotes (a quoted field may hold line breaks; with the quote doubled as its escape, counting quotes from the
 * start tells inside from outside). One scan of the file, quote and line-break searches done natively.
 */
export async function rowAlignedPieces(
  name: string,
  blob: Blob,
  pieceBytes: number,
  quote: string,
  signal?: AbortSignal,
  scanBytes = SCAN_BYTES,
): Promise<Piece[]> {
  const quoteByte = quote ? quote.charCodeAt(0) : -1;
  const cuts = [0];
  let target = pieceBytes;
  let quoted = false;
  for (let offset = 0; offset < blob.size && target < blob.size; offset += scanBytes) {
    if (signal?.aborted) throw new IngestError('cancelled', name);
    const bytes = new Uint8Array(await blob.slice(offset, offset + scanBytes).arrayBuffer());
    let i = 0;
    while (i < bytes.length) {
      const nextQuote = quoteByte < 0 ? -1 : bytes.indexOf(quoteByte, i);
      if (quoted) {
        if (nextQuote < 0) break;
        quoted = false;
        i = nextQuote + 1;
        continue;
      }
      // A line break at target − 1 makes a cut at target.
      const from = Math.max(i, target - 1 - offset);
      const lineEnd = from < bytes.length ? bytes.indexOf(LF, from) : -1;
      if (lineEnd >= 0 && (nextQuote < 0 || lineEnd < nextQuote)) {
        cuts.push(offset + lineEnd + 1);
        target = offset + lineEnd + 1 + pieceBytes;
        i = lineEnd + 1;
        continue;
      }
      if (nextQuote < 0) break;
      quoted = true;
      i = nextQuote + 1;
    }
  }
  if (cuts[cuts.length - 1]! < blob.size) cuts.push(blob.size);
  return cuts.slice(1).map((end, k) => ({ start: cuts[k]!, end }));
}
