import { DecodeError, type Decoders, type DecodedWorkbook } from './decoders';
import type { DecoderReply, DecoderRequest } from './decoder-messages';

/**
 * The browser's decoders: each file gets its own decoder worker, ended when the file is done, fails or is
 * cancelled, so the main thread never runs a long decode and a decoder's memory goes with its worker.
 */
export const workerDecoders: Decoders = {
  parquet: () => Promise.resolve(parquetOnWorker),
  excel: () => Promise.resolve(excelOnWorker),
};

async function parquetOnWorker(file: Blob, signal?: AbortSignal): Promise<Uint8Array> {
  const reply = await decodeOnWorker({ kind: 'parquet', file }, signal);
  if (reply.kind !== 'arrow') throw new Error(`decoder worker answered ${reply.kind} to a Parquet file`);
  return reply.ipc;
}

async function excelOnWorker(file: Blob, signal?: AbortSignal): Promise<DecodedWorkbook> {
  const reply = await decodeOnWorker({ kind: 'excel', file }, signal);
  if (reply.kind !== 'workbook') throw new Error(`decoder worker answered ${reply.kind} to a workbook`);
  return reply.workbook;
}

/**
 * Starts a decoder worker for one file and waits for its answer. A file the library could not read rejects
 * with a `DecodeError`; cancelling the signal ends the worker at once and rejects with the signal's reason.
 */
function decodeOnWorker(request: DecoderRequest, signal?: AbortSignal): Promise<DecoderReply> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = new Worker(new URL('./decoder.worker.ts', import.meta.url), {
    type: 'module',
    name: 'callsight-decoder',
  });
  let abort: () => void = () => undefined;
  return new Promise<DecoderReply>((resolve, reject) => {
    abort = () => reject(signal?.reason);
    signal?.addEventListener('abort', abort);
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the decoder worker failed')));
    worker.addEventListener('message', (event: MessageEvent<DecoderReply>) => {
      const reply = event.data;
      if (reply.kind !== 'failed') resolve(reply);
      else reject(reply.decode ? new DecodeError(reply.message) : new Error(reply.message));
    });
    worker.postMessage(request);
  }).finally(() => {
    signal?.removeEventListener('abort', abort);
    worker.terminate();
  });
}
