import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecodeError, type ParquetPiece } from '../../src/ingest/decoders';
import type { DecoderReply, DecoderRequest } from '../../src/ingest/decoder-messages';
import { workerDecoders } from '../../src/ingest/worker-decoders';

/** Stands in for the browser's Worker (Node has none): records what it was sent, answers when told. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly requests: DecoderRequest[] = [];
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.made.push(this);
  }

  postMessage(request: DecoderRequest): void {
    this.requests.push(request);
  }

  answer(reply: DecoderReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const file = new Blob(['PAR1…PAR1']);
const piece = (rowsDone: number): ParquetPiece => ({ ipc: new Uint8Array([rowsDone]), rowsDone, rowsTotal: 2 });
const worker = () => FakeWorker.made.at(-1)!;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('decoders on a worker', () => {
  it('a Parquet file: one module worker, its pieces in order, ended when done', async () => {
    const decode = await workerDecoders.parquet();
    const pieces = decode(file)[Symbol.asyncIterator]();
    const first = pieces.next();
    await tick();
    expect(worker().url.pathname).toMatch(/decoder\.worker\.ts$/);
    expect(worker().options.type).toBe('module');
    expect(worker().requests).toEqual([{ kind: 'parquet', file }]);
    worker().answer({ kind: 'piece', piece: piece(1) });
    worker().answer({ kind: 'piece', piece: piece(2) });
    worker().answer({ kind: 'done' });
    expect((await first).value).toEqual(piece(1));
    expect((await pieces.next()).value).toEqual(piece(2));
    expect((await pieces.next()).done).toBe(true);
    expect(worker().terminated).toBe(true);
  });

  it('a file the library cannot read fails with its message, and the worker is ended', async () => {
    const decode = await workerDecoders.excel();
    const decoding = decode(file);
    await tick();
    worker().answer({ kind: 'failed', message: 'File is password-protected', decode: true });
    await expect(decoding).rejects.toEqual(new DecodeError('File is password-protected'));
    expect(worker().terminated).toBe(true);
  });

  it('anything else going wrong is not blamed on the file', async () => {
    const decode = await workerDecoders.excel();
    const decoding = decode(file);
    await tick();
    worker().answer({ kind: 'failed', message: 'out of memory', decode: false });
    await expect(decoding).rejects.not.toBeInstanceOf(DecodeError);
  });

  it('cancelling ends the worker at once, mid-decode', async () => {
    const controller = new AbortController();
    const decode = await workerDecoders.parquet();
    const pieces = decode(file, controller.signal)[Symbol.asyncIterator]();
    const first = pieces.next();
    await tick();
    controller.abort();
    await expect(first).rejects.toThrow();
    expect(worker().terminated).toBe(true);
  });

  it('a workbook comes back whole', async () => {
    const decode = await workerDecoders.excel();
    const decoding = decode(file);
    await tick();
    const workbook = { macros: false, sheets: [{ name: '通话', csv: new Blob(['a\n1\n']) }] };
    worker().answer({ kind: 'workbook', workbook });
    expect(await decoding).toBe(workbook);
    expect(worker().terminated).toBe(true);
  });
});
