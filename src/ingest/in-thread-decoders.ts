import type { ExcelDecoder, ParquetDecoder } from './decoders';
import { parquetToIpc, type ParquetWasm } from './parquet-ipc';
import { workbookSheets } from './workbook-sheets';

/** SheetJS in the calling thread: for Node, where the tests run (the browser decodes on a worker). */
export async function inThreadExcelDecoder(): Promise<ExcelDecoder> {
  const xlsx = await import('@e965/xlsx');
  return async (file, signal) => workbookSheets(xlsx, new Uint8Array(await file.arrayBuffer()), signal);
}

/** parquet-wasm in the calling thread, from the build `load` gives (Node's reads its wasm from disk). */
export function inThreadParquetDecoder(load: () => Promise<ParquetWasm>): () => Promise<ParquetDecoder> {
  return async () => {
    const parquetWasm = await load();
    return (file) => parquetToIpc(parquetWasm, file);
  };
}
