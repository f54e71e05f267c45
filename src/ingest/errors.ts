/** Why a file could not be loaded; each has a message under `ingest.error.` saying what to do. */
export type IngestErrorCode =
  | 'empty'
  | 'headerOnly'
  | 'binary'
  | 'unsupported'
  | 'duplicateFile'
  | 'tooLarge'
  | 'ragged'
  | 'unterminatedQuote'
  | 'noRowsRead'
  | 'badRowsDeclined'
  | 'csvUnreadable'
  | 'corruptParquet'
  | 'corruptExcel'
  | 'passwordExcel'
  | 'emptyWorkbook'
  | 'badJson'
  | 'corruptArrow'
  | 'appendMismatch'
  | 'appendTypes'
  | 'unreadable'
  | 'cancelled';

/** A refusal that names the file and carries the details its message needs. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly file: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${file}: ${code}${params.detail ? ` (${String(params.detail)})` : ''}`);
    this.name = 'IngestError';
  }
}

/** The engine's own message for an error, first line only, for the "detail" of a message. */
export function engineDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .replace(/^Error:\s*/, '')
      .split('\n')[0]
      ?.slice(0, 300) ?? ''
  );
}
