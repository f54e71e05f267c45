import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { PARQUET_BATCH_ROWS, type ParquetDecoder } from './parquet-reader';

let loading: Promise<ParquetDecoder> | null = null;

/** parquet-wasm in the browser, fetched from the app's own origin the first time a Parquet file arrives. */
export function browserParquetDecoder(): Promise<ParquetDecoder> {
  loading ??= (async () => {
    const module = await import('parquet-wasm/esm');
    await module.default({ module_or_path: new URL(wasmUrl, document.baseURI) });
    return (bytes: Uint8Array) => module.readParquet(bytes, { batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
