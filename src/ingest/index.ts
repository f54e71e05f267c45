import type { Engine } from '../engine/engine';
import { ingestSources, sourceFromBytes, sourceFromFile, type IngestOptions, type IngestResult } from './ingest';
import { workerDecoders } from './worker-decoders';
import type { ProgressListener } from './types';

export { ingestSources, sourceFromBytes, sourceFromFile, type IngestOptions, type IngestResult } from './ingest';
export { rereadSource } from './reread';
export { warmUpIngest } from './warm-up';
export { removeDuplicateRows, type AppendResult } from './append';
export { previewRows, dropTable, describeTable, countRows } from './table-info';
export { ACCEPTED_EXTENSIONS } from './format';
export { IngestError, type IngestErrorCode } from './errors';
export { workerDecoders } from './worker-decoders';
export type { Decoders } from './decoders';
export { TEXT_ENCODINGS } from './types';
export type * from './types';

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
export { rejectedRows, type RejectedLineOf } from './rejects-table';
