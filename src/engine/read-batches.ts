import { QueryCancelledError } from './engine';

/**
 * Reads a result batch by batch until `maxRows` rows are in hand (the last batch may carry a few more, which the
 * caller trims); the engine drops the rest. Both engines collect through this, browser and Node alike.
 */
export async function readBatches<B extends { readonly numRows: number }>(
  reader: AsyncIterable<B> | Iterable<B>,
  maxRows: number,
  signal?: AbortSignal,
): Promise<B[]> {
  const batches: B[] = [];
  let rows = 0;
  for await (const batch of reader) {
    if (signal?.aborted) throw new QueryCancelledError();
    batches.push(batch);
    rows += batch.numRows;
    if (rows >= maxRows) break;
  }
  return batches;
}
