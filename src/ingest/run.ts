import { QueryCancelledError, type Engine } from '../engine/engine';
import { IngestError } from './errors';
import type { ProgressListener } from './types';

/**
 * Runs one engine statement that reads a file, reporting the engine's progress as bytes and cancelling
 * the statement when the signal fires (the statement then creates nothing).
 */
export async function runCancellable<T>(
  engine: Engine,
  signal: AbortSignal | undefined,
  file: string,
  bytesTotal: number,
  onProgress: ProgressListener,
  work: () => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new IngestError('cancelled', file);
  const stop = engine.onProgress((fraction) =>
    onProgress({ file, phase: 'read', bytesDone: Math.round(fraction * bytesTotal), bytesTotal }),
  );
  const abort = () => void engine.cancel();
  signal?.addEventListener('abort', abort);
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryCancelledError || signal?.aborted) throw new IngestError('cancelled', file);
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
    stop();
  }
}
