/** Why a write to storage failed; nothing already stored is changed when it does. */
export type WriteFailure = 'quota' | 'read-only' | 'other';

export class StorageWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'StorageWriteError';
  }
}

/** Wraps a write: a full disk becomes `quota`, anything else `other`; Dexie has rolled the transaction back. */
export async function guardWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageWriteError) throw error;
    throw new StorageWriteError(isQuotaError(error) ? 'quota' : 'other', describe(error));
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' ||
    /quota/i.test(error.message) ||
    (inner instanceof Error && (inner.name === 'QuotaExceededError' || /quota/i.test(inner.message)))
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
