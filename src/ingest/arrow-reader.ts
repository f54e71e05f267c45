import type { Engine } from '../engine/engine';
import { engineDetail, IngestError } from './errors';
import { runCancellable } from './run';
import type { IngestSource, ProgressListener } from './types';

/** Reads an Arrow IPC file or stream (`.arrow`, `.feather` v2) into a new table. */
export async function readArrow(
  engine: Engine,
  source: IngestSource,
  table: string,
  onProgress: ProgressListener,
  signal?: AbortSignal,
): Promise<void> {
  const { name, blob } = source;
  // Arrow's reader loads with the engine, not with the first screen.
  const { tableFromIPC, tableToIPC } = await import('apache-arrow');
  let arrow;
  try {
    arrow = tableFromIPC(new Uint8Array(await blob.arrayBuffer()));
  } catch (error) {
    throw new IngestError('corruptArrow', name, { detail: engineDetail(error) });
  }
  if (arrow.schema.fields.length === 0) throw new IngestError('corruptArrow', name, { detail: 'no columns' });
  // The engine takes the stream form; re-encoding here also turns the file form into it.
  const ipc = tableToIPC(arrow, 'stream');
  await runCancellable(engine, signal, name, blob.size, onProgress, () =>
    engine.insertArrowIPC(ipc, { name: table, create: true }),
  );
}
