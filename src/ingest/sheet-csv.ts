/** A spreadsheet cell value as SheetJS hands it over with `raw` values and UTC dates. */
export type SheetCell = string | number | boolean | Date | null | undefined;

// Lines per string handed to the Blob: a big sheet never becomes one huge string.
const LINES_PER_PART = 10_000;

/**
 * Writes sheet rows as CSV for the engine's CSV reader (which then detects types). Dates become ISO
 * text: date-only when no date in that column has a time of day.
 */
export function rowsToCsv(rows: readonly (readonly SheetCell[])[]): Blob {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const dateOnly = Array.from({ length: width }, (_, c) =>
    rows.every((r) => {
      const v = r[c];
      return !(v instanceof Date) || v.getTime() % 86_400_000 === 0;
    }),
  );
  const parts: string[] = [];
  let lines: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (let c = 0; c < width; c++) fields.push(field(row[c], dateOnly[c] ?? true));
    lines.push(fields.join(','));
    if (lines.length === LINES_PER_PART) {
      parts.push(lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length > 0) parts.push(lines.join('\n') + '\n');
  return new Blob(parts, { type: 'text/csv' });
}

function field(value: SheetCell, dateOnly: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // SheetJS turns a serial day into a Date a millisecond short at times (10:00:01 as 10:00:00.999): rounded to
    // the second, which is all a sheet's date formats show.
    const iso = new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
    return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
