import { DecodeError, type Decoders, type DecodedWorkbook, type ParquetPiece } from './decoders';
import type { DecoderReply, DecoderRequest } from './decoder-messages';

/**
 * The browser's decoders: each file gets its own decoder worker, ended when the file is done, fails or is
 * cancelled, so the main thread never runs a long decode and a decoder's memory goes with its worker.
 */
export const workerDecoders: Decoders = {
  parquet: () => Promise.resolve(parquetOnWorker),
  excel: () => Promise.resolve(excelOnWorker),
};

async function* parquetOnWorker(file: Blob, signal?: AbortSignal): AsyncGenerator<ParquetPiece> {
  const session = new DecoderSession({ kind: 'parquet', file }, signal);
  try {
    for (;;) {
      const reply = await session.next();
      if (reply.kind === 'done') return;
      if (reply.kind !== 'piece') throw new Error(`decoder worker answered ${reply.kind} to a Parquet file`);
      yield reply.piece;
    }
  } finally {
    session.end();
  }
}

async function excelOnWorker(file: Blob, signal?: AbortSignal): Promise<DecodedWorkbook> {
  const session = new DecoderSession({ kind: 'excel', file }, signal);
  try {
    const reply = await session.next();
    if (reply.kind !== 'workbook') throw new Error(`decoder worker answered ${reply.kind} to a workbook`);
    return reply.workbook;
  } finally {
    session.end();
  }
}

/** One decoder worker for one file: its replies in order; cancelling the signal ends the worker at once. */
class DecoderSession {
  private readonly worker: Worker;
  private readonly replies: DecoderReply[] = [];
  private waiting: { resolve: (reply: DecoderReply) => void; reject: (error: unknown) => void } | null = null;
  private failure: unknown = null;
  private readonly abort = () => this.fail(this.signal?.reason ?? new DOMException('Aborted', 'AbortError'));

  constructor(
    request: DecoderRequest,
    private readonly signal?: AbortSignal,
  ) {
    this.worker = new Worker(new URL('./decoder.worker.ts', import.meta.url), {
      type: 'module',
      name: 'callsight-decoder',
    });
    this.worker.addEventListener('message', (event: MessageEvent<DecoderReply>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.fail(new Error(event.message || 'decoder worker failed')));
    signal?.addEventListener('abort', this.abort);
    if (signal?.aborted) this.abort();
    else this.worker.postMessage(request);
  }

  /** The next reply; rejects with a `DecodeError` when the file could not be decoded. */
  next(): Promise<DecoderReply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const reply = this.replies.shift();
    if (reply) return Promise.resolve(reply);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  end(): void {
    this.signal?.removeEventListener('abort', this.abort);
    this.worker.terminate();
  }

  private receive(reply: DecoderReply): void {
    if (reply.kind === 'failed') {
      this.fail(reply.decode ? new DecodeError(reply.message) : new Error(reply.message));
      return;
    }
    if (this.waiting) {
      this.waiting.resolve(reply);
      this.waiting = null;
    } else this.replies.push(reply);
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return;
    this.failure = error;
    this.worker.terminate();
    this.waiting?.reject(error);
    this.waiting = null;
  }
}
