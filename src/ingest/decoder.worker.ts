import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { DecodeError } from './decoders';
import type { DecoderReply, DecoderRequest } from './decoder-messages';
import { parquetToIpc, type ParquetWasm } from './parquet-ipc';
import { workbookSheets } from './workbook-sheets';

// Runs Parquet and Excel decoding away from the main thread. Each library loads only when its format arrives.

function reply(message: DecoderReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function loadParquetWasm(): Promise<ParquetWasm> {
  const module = await import('parquet-wasm/esm');
  await module.default({ module_or_path: new URL(wasmUrl, import.meta.url) });
  return module;
}

async function decode(request: DecoderRequest): Promise<void> {
  if (request.kind === 'parquet') {
    const ipc = await parquetToIpc(await loadParquetWasm(), request.file);
    reply({ kind: 'arrow', ipc }, [ipc.buffer]);
    return;
  }
  const xlsx = await import('@e965/xlsx');
  const workbook = workbookSheets(xlsx, new Uint8Array(await request.file.arrayBuffer()));
  // The sheets' CSV are Blobs: they pass to the main thread by reference, not as copies.
  reply({ kind: 'workbook', workbook });
}

self.addEventListener('message', (event: MessageEvent<DecoderRequest>) => {
  decode(event.data).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    reply({ kind: 'failed', message, decode: error instanceof DecodeError });
  });
});
