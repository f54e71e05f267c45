import type { Engine } from '../engine/engine';
import { ingestSources, type IngestOptions, type IngestResult } from './ingest';
import { sourceFromBytes, sourceFromFile } from './source';
import type { ProgressListener } from './types';
import { workerDecoders } from './worker-decoders';

/**
 * The readers and loaders: what runs only once a file is dropped or read again. The app imports this file with
 * `import()`, so the readers stay out of the first screen's code.
 */
export { ingestSources } from './ingest';
export { rereadSource } from './reread';
export { removeDuplicateRows } from './append';
export { warmUpIngest } from './warm-up';
export { workerDecoders } from './worker-decoders';

type BrowserOptions = Omit<IngestOptions, 'parquet' | 'excel'> & Partial<Pick<IngestOptions, 'parquet' | 'excel'>>;

/** Loads picked or dropped files (paths from a folder pick may be given as `file.webkitRelativePath`). */
export function ingestFiles(
  engine: Engine,
  files: readonly File[],
  options: BrowserOptions,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<IngestResult[]> {
  const sources = files.map((f) => sourceFromFile(f));
  return ingestSources(engine, sources, { ...workerDecoders, ...options }, onProgress, signal);
}

/** Loads bytes fetched from the app's own origin (the sample data) as a file with this name. */
export async function ingestBytes(
  engine: Engine,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
  options: BrowserOptions,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<IngestResult> {
  const [result] = await ingestSources(
    engine,
    [sourceFromBytes(name, bytes)],
    { ...workerDecoders, ...options },
    onProgress,
    signal,
  );
  return result!;
}
