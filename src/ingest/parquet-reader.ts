import type { Engine } from '../engine/engine';
import { DecodeError, type ParquetDecoder } from './decoders';
import { IngestError } from './errors';
import { runCancellable } from './run';
import type { IngestSource, ProgressListener } from './types';

/** Reads a Parquet file into a new table: the decoder turns it into an Arrow stream, the engine takes that. */
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
  onProgress({ file: name, phase: 'decode', bytesDone: 0, bytesTotal: blob.size });
  let ipc: Uint8Array;
  try {
    ipc = await decode(blob, signal);
  } catch (error) {
    if (signal?.aborted) throw new IngestError('cancelled', name);
    if (error instanceof DecodeError) throw new IngestError('corruptParquet', name, { detail: error.message });
    throw error;
  }
  if (signal?.aborted) throw new IngestError('cancelled', name);
  onProgress({ file: name, phase: 'read', bytesDone: blob.size / 2, bytesTotal: blob.size });
  await runCancellable(engine, signal, name, blob.size, onProgress, () =>
    engine.insertArrowIPC(ipc, { name: table, create: true }),
  );
}
