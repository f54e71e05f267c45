import type { Engine } from '../engine/engine';
import { decodeToUtf8 } from './decode';
import { detectEncoding } from './encoding';
import { engineDetail, IngestError } from './errors';
import { runCancellable } from './run';
import type { IngestSource, ProgressListener } from './types';

/**
 * Reads a JSON array of objects, or newline-delimited JSON, into a new table with the engine's built-in
 * JSON reader (the json extension would have to be fetched).
 */
export async function readJson(
  engine: Engine,
  source: IngestSource,
  head: Uint8Array,
  table: string,
  ndjson: boolean,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<void> {
  const { name, blob } = source;
  const encoding = detectEncoding(head);
  let text = blob;
  if (encoding !== 'utf-8') text = await decodeToUtf8(name, blob, encoding, () => undefined, signal);
  const array = ndjson ? await linesToArray(name, text) : text;
  const path = `ingest/${table}.json`;
  await engine.registerFile(path, new File([array], path));
  try {
    await runCancellable(engine, signal, name, blob.size, onProgress, () => engine.insertJSON(path, { name: table }));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('badJson', name, { detail: engineDetail(error) });
  } finally {
    await engine.dropFile(path);
  }
}

/** `{…}\n{…}` becomes `[{…},{…}]`; each line must hold one object. */
async function linesToArray(name: string, blob: Blob): Promise<Blob> {
  const lines = (await blob.text()).split(/\r?\n/).filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    if (!line.trimStart().startsWith('{')) {
      throw new IngestError('badJson', name, { detail: `line ${i + 1} is not a JSON object` });
    }
  });
  return new Blob(['[', lines.join(','), ']']);
}
