import { QueryCancelledError, type Engine } from '../engine/engine';
import { IngestError } from './errors';
import type { ProgressListener } from './types';

/**
 * Runs one engine statement that reads a file, reporting the engine's progress as bytes and cancelling
 * the statement when the signal fires (the statement then creates nothing). `work` hands the signal to its query;
 * work the engine cannot stop midway (inserting Arrow or JSON) runs to its end.
 */
export async function runCancellable<T>(
  engine: Engine,
  signal: AbortSignal | undefined,
  file: string,
  bytesTotal: number,
  onProgress: ProgressListener,
  work: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new IngestError('cancelled', file);
  const stop = engine.onProgress((fraction) =>
    onProgress({ file, phase: 'read', bytesDone: Math.round(fraction * bytesTotal), bytesTotal }),
  );
  try {
    return await work(signal);
  } catch (error) {
    if (error instanceof QueryCancelledError || signal?.aborted) throw new IngestError('cancelled', file);
    throw error;
  } finally {
    stop();
  }
}
