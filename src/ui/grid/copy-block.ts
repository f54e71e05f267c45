import { cellText, type GridColumn } from './column-kind';
import type { PagedQuery } from './paged-query';
import { tsvText, type CellBlock } from './tsv';

/** The most rows one copy takes: more would be slow to read and more than a spreadsheet paste wants. */
export const COPY_MAX_ROWS = 10_000;

export interface CopiedBlock {
  readonly text: string;
  readonly rows: number;
  readonly columns: number;
  /** Rows the block had; more than `rows` when the copy stopped at `COPY_MAX_ROWS`. */
  readonly wanted: number;
}

/** The block's cells as tab-separated text, as the grid shows them; rows off screen are read through the grid's query. */
export async function copyBlock(
  paged: PagedQuery,
  block: CellBlock,
  columns: readonly GridColumn[],
  words: { yes: string; no: string },
  signal: AbortSignal,
): Promise<CopiedBlock> {
  const wanted = block.last - block.first + 1;
  const rows = await paged.rowsFrom(block.first, Math.min(wanted, COPY_MAX_ROWS), signal);
  const picked = columns.slice(block.left, block.right + 1);
  const text = tsvText(rows.map((row) => picked.map((c) => cellText(row[c.name] ?? null, c.kind, words))));
  return { text, rows: rows.length, columns: picked.length, wanted };
}
