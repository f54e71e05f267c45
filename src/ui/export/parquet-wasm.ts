import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetWriter } from './parquet-file';

/** parquet-wasm's browser build, its WebAssembly served by the app itself; loaded on the first Parquet export. */
export async function loadParquetWriter(): Promise<ParquetWriter> {
  const module = await import('parquet-wasm/esm');
  await module.default({ module_or_path: new URL(wasmUrl, import.meta.url) });
  return module;
}
