import type { Engine } from '../engine/engine';
import { ingestSources, sourceFromBytes, sourceFromFile, type IngestOptions, type IngestResult } from './ingest';
import { browserParquetDecoder } from './parquet-wasm';
import type { ProgressListener } from './types';

export { ingestSources, sourceFromBytes, sourceFromFile, type IngestOptions, type IngestResult } from './ingest';
export { rereadSource } from './reread';
export { warmUpIngest } from './warm-up';
export { removeDuplicateRows, type AppendResult } from './append';
export { previewRows, dropTable, describeTable, countRows } from './table-info';
export { ACCEPTED_EXTENSIONS } from './format';
export { IngestError, type IngestErrorCode } from './errors';
export { browserParquetDecoder } from './parquet-wasm';
export { TEXT_ENCODINGS } from './types';
export type * from './types';

type BrowserOptions = Omit<IngestOptions, 'parquet'> & Partial<Pick<IngestOptions, 'parquet'>>;

/** Loads picked or dropped files (paths from a folder pick may be given as `file.webkitRelativePath`). */
export function ingestFiles(
  engine: Engine,
  files: readonly File[],
  options: BrowserOptions,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<IngestResult[]> {
  const sources = files.map((f) => sourceFromFile(f));
  return ingestSources(engine, sources, { parquet: browserParquetDecoder, ...options }, onProgress, signal);
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
    { parquet: browserParquetDecoder, ...options },
    onProgress,
    signal,
  );
  return result!;
}
