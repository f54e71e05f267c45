import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecodeError } from '../../src/ingest/decoders';
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
const worker = () => FakeWorker.made.at(-1)!;

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('decoders on a worker', () => {
  it('a Parquet file: one module worker per file, its Arrow bytes back, then ended', async () => {
    const decode = await workerDecoders.parquet();
    const decoding = decode(file);
    expect(worker().url.pathname).toMatch(/decoder\.worker\.ts$/);
    expect(worker().options.type).toBe('module');
    expect(worker().requests).toEqual([{ kind: 'parquet', file }]);
    const ipc = new Uint8Array([1, 2, 3]);
    worker().answer({ kind: 'arrow', ipc });
    expect(await decoding).toBe(ipc);
    expect(worker().terminated).toBe(true);
    void decode(file).catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a workbook comes back whole', async () => {
    const decode = await workerDecoders.excel();
    const decoding = decode(file);
    expect(worker().requests).toEqual([{ kind: 'excel', file }]);
    const workbook = { macros: false, sheets: [{ name: '通话', rows: 1, csv: new Blob(['a\n1\n']) }] };
    worker().answer({ kind: 'workbook', workbook });
    expect(await decoding).toBe(workbook);
    expect(worker().terminated).toBe(true);
  });

  it('a file the library cannot read fails with its message, and the worker is ended', async () => {
    const decode = await workerDecoders.excel();
    const decoding = decode(file);
    worker().answer({ kind: 'failed', message: 'File is password-protected', decode: true });
    await expect(decoding).rejects.toEqual(new DecodeError('File is password-protected'));
    expect(worker().terminated).toBe(true);
  });

  it('anything else going wrong is not blamed on the file', async () => {
    const decode = await workerDecoders.parquet();
    const decoding = decode(file);
    worker().answer({ kind: 'failed', message: 'out of memory', decode: false });
    await expect(decoding).rejects.not.toBeInstanceOf(DecodeError);
  });

  it('cancelling ends the worker at once, mid-decode', async () => {
    const controller = new AbortController();
    const decode = await workerDecoders.parquet();
    const decoding = decode(file, controller.signal);
    controller.abort();
    await expect(decoding).rejects.toThrow();
    expect(worker().terminated).toBe(true);
  });
});
