/** A cell or a block of cells, by row index and column index. */
export interface CellSpot {
  readonly row: number;
  readonly column: number;
}

/** The rows and columns between two corners, both included. */
export interface CellBlock {
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly right: number;
}

export function blockBetween(anchor: CellSpot, focus: CellSpot): CellBlock {
  return {
    first: Math.min(anchor.row, focus.row),
    last: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.column, focus.column),
    right: Math.max(anchor.column, focus.column),
  };
}

const NEEDS_QUOTES = /[\t\n\r"]/;

/**
 * One field as Excel writes and reads tab-separated text: a tab, line break or quote inside puts the field in quotes
 * (quotes doubled). A null is an empty field, not the word the grid shows for it.
 */
export function tsvField(text: string | null): string {
  if (text === null) return '';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of shown cell text as the clipboard text spreadsheets paste into cells (rows end with CR LF, as Excel's). */
export function tsvText(rows: readonly (readonly (string | null)[])[]): string {
  return rows.map((row) => row.map(tsvField).join('\t')).join('\r\n');
}
