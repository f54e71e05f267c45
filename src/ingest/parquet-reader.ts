import type { Engine } from '../engine/engine';
import { DecodeError, type ParquetDecoder } from './decoders';
import { IngestError } from './errors';
import { runCancellable } from './run';
import type { IngestSource, ProgressListener } from './types';

/**
 * Reads a Parquet file into a new table: the decoder hands over Arrow pieces and the engine appends each,
 * so decoding the next piece overlaps inserting this one.
 */
export async function readParquet(
  engine: Engine,
  source: IngestSource,
  table: string,
  decoder: () => Promise<ParquetDecoder>,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<void> {
  const { name, blob } = source;
  const tail = new Uint8Array(await blob.slice(-4).arrayBuffer());
  if (blob.size < 12 || String.fromCharCode(...tail) !== 'PAR1') {
    throw new IngestError('corruptParquet', name, { detail: 'the file ends early (no Parquet footer)' });
  }
  const decode = await decoder();
  if (signal?.aborted) throw new IngestError('cancelled', name);
  const progress = (done: number, phase: 'decode' | 'read') =>
    onProgress({ file: name, phase, bytesDone: Math.round(done), bytesTotal: blob.size });
  progress(0, 'decode');
  let create = true;
  try {
    for await (const piece of decode(blob, signal)) {
      await runCancellable(
        engine,
        signal,
        name,
        blob.size,
        () => undefined,
        () => engine.insertArrowIPC(piece.ipc, { name: table, create }),
      );
      create = false;
      progress(piece.rowsTotal > 0 ? (blob.size * piece.rowsDone) / piece.rowsTotal : blob.size, 'read');
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (signal?.aborted) throw new IngestError('cancelled', name);
    if (error instanceof DecodeError) throw new IngestError('corruptParquet', name, { detail: error.message });
    throw error;
  }
}
