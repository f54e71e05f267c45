import type { DecodedWorkbook } from './decoders';

/** What the main thread asks the decoder worker: one file, once; the worker is ended afterwards. */
export type DecoderRequest =
  { readonly kind: 'parquet'; readonly file: Blob } | { readonly kind: 'excel'; readonly file: Blob };

/** What the decoder worker answers, once: Arrow IPC bytes, a workbook, or why it could not. */
export type DecoderReply =
  | { readonly kind: 'arrow'; readonly ipc: Uint8Array }
  | { readonly kind: 'workbook'; readonly workbook: DecodedWorkbook }
  /** `decode` tells a file the library could not read from anything else going wrong. */
  | { readonly kind: 'failed'; readonly message: string; readonly decode: boolean };
